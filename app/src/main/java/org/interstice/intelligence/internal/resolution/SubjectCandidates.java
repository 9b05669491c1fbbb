package org.interstice.intelligence.internal.resolution;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.interstice.agency.Viewer;
import org.interstice.identity.SubjectSummary;
import org.interstice.identity.Subjects;
import org.springframework.stereotype.Component;

/**
 * Identity subjects a person mention may be, for a mention with a name and a date of birth or an age that names no
 * subject: identity's own search (fuzzy and phonetic names, date of birth within a year, scoped to what the recording
 * viewer may see), each subject scored by {@link MentionScore} on his name and date of birth. A strong match is one
 * subject at or above the join score with no other subject at the review score (two close subjects are for an analyst).
 * ADR 0067.
 */
@Component
class SubjectCandidates {

    private final Subjects subjects;
    private final ResolutionSettings settings;

    SubjectCandidates(Subjects subjects, ResolutionSettings settings) {
        this.subjects = subjects;
        this.settings = settings;
    }

    /** A subject and how the mention scored against him. */
    record Match(SubjectSummary subject, MentionScore.Score score) {
        List<MentionScore.Evidence> evidence() {
            List<MentionScore.Evidence> lines = new ArrayList<>(score.evidence());
            lines.add(new MentionScore.Evidence("identity subject " + subject.displayName()
                    + (subject.dateOfBirth() == null ? "" : ", born " + subject.dateOfBirth()), 0));
            return List.copyOf(lines);
        }
    }

    /** The subjects found, best first: {@code strong} when one stands out, otherwise those worth a review. */
    record Found(Optional<Match> strong, List<Match> doubtful) {
        static final Found NONE = new Found(Optional.empty(), List.of());
    }

    Found find(Viewer viewer, MentionScore model, MentionScore.Mention m, String asGiven) {
        if (!settings.subjectSearch() || viewer == null || !m.name().present() || m.subjectId() != null
                || (m.dateOfBirth() == null && m.estimatedAge() == null)) return Found.NONE;
        List<Match> scored = new ArrayList<>();
        for (SubjectSummary s : subjects.search(viewer, asGiven, m.dateOfBirth(), settings.subjectSearchLimit())) {
            String full = (s.givenName() == null ? "" : s.givenName()) + " " + (s.familyName() == null ? "" : s.familyName());
            PersonName name = PersonName.parse(full);
            if (!name.present()) continue;
            var known = new MentionScore.KnownName(s.displayName(), name, s.dateOfBirth(), null, null);
            scored.add(new Match(s, model.score(m, new MentionScore.Candidate(null, s.id(), List.of(known), List.of()))));
        }
        scored.sort(Comparator.comparingDouble((Match x) -> x.score().total()).reversed());
        List<Match> doubtful = scored.stream().filter(x -> x.score().total() >= settings.reviewScore()).limit(3).toList();
        if (!doubtful.isEmpty() && doubtful.get(0).score().total() >= settings.joinScore() && doubtful.size() == 1)
            return new Found(Optional.of(doubtful.get(0)), List.of());
        return new Found(Optional.empty(), doubtful);
    }
}
