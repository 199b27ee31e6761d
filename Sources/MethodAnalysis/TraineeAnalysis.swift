import Foundation
import KeukentafelDomain
import PromptLibrary

/// Counts the trainee's figures of one session: pure, from the session's log and its figures.
public enum TraineeAnalysis {
    /// The worker's questions, compliments and follow-ups in the session, as it stood at its
    /// end. `session` is the session's figures (`SessionAnalysis.figures`), read for the
    /// scales and exceptions rather than counted twice.
    ///
    /// A question is a standing entry of the worker's words aloud that `QuestionReading`
    /// reads as one. What it could build on: the family's standing words since the worker's
    /// previous question (or the start), so an answer from two people counts, not only the
    /// last; notes, the worker's other words and phase changes neither count nor end that
    /// stretch. Names are no content words: addressing someone is not building on their words.
    public static func figures(_ log: SessionLog, session: SessionFigures) -> TraineeFigures {
        let s = SessionSlice(log)
        let names = Set(s.record.members.flatMap { QuestionReading.words($0.name) })
        var questions: [TraineeFigures.Question] = []
        var since: [FamilyRecord.Entry] = []
        for step in s.steps {
            guard case .entry(let entry) = step, !entry.retracted else { continue }
            if entry.isStandingFamilyWords {
                since.append(entry)
                continue
            }
            guard entry.aloud, let form = QuestionReading.form(of: entry.text, names: names) else { continue }
            let content = QuestionReading.contentWords(entry.text, names: names)
            let heard = Set(since.flatMap { QuestionReading.words($0.text) })
            questions.append(
                .init(
                    entryID: entry.id, text: entry.text, form: form, familyWordsBefore: since.map(\.id), contentWords: content,
                    reusedWords: content.filter { heard.contains($0) }, stacked: !questions.isEmpty && since.isEmpty))
            since = []
        }
        let standing = s.entries.filter { !$0.retracted }
        return TraineeFigures(
            questions: questions,
            aloud: standing.count { $0.isWorkers && $0.aloud },
            compliments: standing.filter { $0.tags.contains(.complimentGiven) }.map(\.id),
            scalesAsked: session.scales.askedCount, scalesWithCompetence: session.scales.withFollowUp,
            exceptions: session.exceptions.count, exceptionsWithDetail: session.exceptions.withDetail)
    }

    /// The session's figures and the trainee's, counted together.
    public static func figures(_ log: SessionLog, catalog: PromptCatalog) -> (session: SessionFigures, trainee: TraineeFigures) {
        let session = SessionAnalysis.figures(log, catalog: catalog)
        return (session, figures(log, session: session))
    }
}
