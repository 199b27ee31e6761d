import Foundation
import KeukentafelApp
import KeukentafelDomain
import TerminalUI
import TestSupport

extension ScreenTests {
    /// The family over time (opened from review with `o`) and the caseload overview
    /// (opened from home with `r`), at both standard sizes in both languages.
    static func progressScreens(_ addEverywhere: (String, @escaping @Sendable (Language, Size) -> AppState) -> Void) {
        addEverywhere("progress") { language, size in ProgressTests.overTime(language, size) }
        addEverywhere("progress-end") { language, size in
            var s = ProgressTests.overTime(language, size)
            AppFixtures.send([.key(KeyPress(.end))], to: &s)
            return s
        }
        addEverywhere("caseload") { language, size in CaseloadFlowTests.caseload(language, size) }
    }
}
