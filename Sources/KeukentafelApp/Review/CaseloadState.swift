import MethodAnalysis
import TerminalUI

/// The caseload overview's state: the families' rows, once the store has answered, in
/// attention order (see `Caseload`), and the chosen one.
public struct CaseloadState: Equatable, Sendable {
    /// Nil while the records are being read.
    public private(set) var rows: [CaseloadRow]?
    public var list = ScrollList(count: 0)

    public init(rows: [CaseloadRow]? = nil) {
        if let rows { show(rows) }
    }

    public var selected: CaseloadRow? { rows.flatMap { $0.indices.contains(list.selected) ? $0[list.selected] : nil } }

    mutating func show(_ rows: [CaseloadRow]) {
        self.rows = rows
        list.setCount(rows.count)
    }
}
