import Foundation
import KeukentafelDomain
import MethodAnalysis

/// The family over time: its figures, read once from the record, and how far the page is scrolled.
public struct ProgressState: Equatable, Sendable {
    public var progress: FamilyProgress
    /// The block shown at the top of the page (a scale's chart, a heading, a line).
    public var top = 0
    /// Where the worker is, for the sessions' dates (kept here because the page's layout depends on them).
    public var timeZone: TimeZone

    public init(record: FamilyRecord, lowScore: Int, timeZone: TimeZone) {
        progress = FamilyProgress(record, lowScore: lowScore)
        self.timeZone = timeZone
    }
}
