// Updates the import progress page in place by polling its JSON; without JavaScript the page refreshes itself.
(function () {
  var root = document.getElementById('import-progress');
  if (!root || root.getAttribute('data-running') !== 'true' || !window.fetch) {
    return;
  }
  var url = root.getAttribute('data-progress-url');
  var statusText = { RUNNING: 'Importing', DONE: 'Done', FAILED: 'Failed' };
  var statusTag = { RUNNING: 'govuk-tag--blue', DONE: 'govuk-tag--green', FAILED: 'govuk-tag--red' };
  var phaseText = { QUEUED: 'Waiting to start', VALIDATING: 'Checking rows', VALIDATED: 'Rows checked',
    LINKING: 'Recording and linking people', FINISHED: 'Finished' };
  var refresh = document.getElementById('import-refresh');
  if (refresh) {
    refresh.hidden = true;
  }
  function count(n) {
    return Number(n).toLocaleString('en-GB');
  }
  function set(id, text) {
    var el = document.getElementById(id);
    if (el) {
      el.textContent = text;
    }
  }
  function poll() {
    fetch(url, { headers: { Accept: 'application/json' }, credentials: 'same-origin' })
      .then(function (r) { return r.json(); })
      .then(function (p) {
        var tag = document.getElementById('import-status');
        tag.textContent = statusText[p.status] || p.status;
        tag.className = 'govuk-tag ' + (statusTag[p.status] || '');
        set('import-phase', phaseText[p.phase] || p.phase);
        document.getElementById('import-bar').value = p.percent;
        set('import-summary', p.percent + '% (' + count(p.processed) + ' of ' + count(p.rows) + ' rows)');
        set('count-rows', count(p.rows));
        set('count-accepted', count(p.accepted));
        set('count-rejected', count(p.rejected));
        set('count-created', count(p.created));
        set('count-updated', count(p.updated));
        set('count-unchanged', count(p.unchanged));
        set('count-review', count(p.sentToReview));
        set('import-failure', p.failure || '');
        if (p.status === 'RUNNING') {
          setTimeout(poll, 1000);
        } else if (p.rejected > 0) {
          window.location.reload(); // show the rows with problems
        }
      })
      .catch(function () { setTimeout(poll, 3000); });
  }
  setTimeout(poll, 500);
})();
