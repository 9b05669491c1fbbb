// Runs at the start of <body>: GOV.UK Frontend styles components for JavaScript only when these classes are present.
document.body.className += ' js-enabled' + ('noModule' in HTMLScriptElement.prototype ? ' govuk-frontend-supported' : '');
