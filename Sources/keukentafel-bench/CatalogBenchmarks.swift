import Foundation
import PromptLibrary
import ShippedPrompts

/// The shipped question library at start-up, side by side: parsing the prompt files (what
/// start-up did) and reading the compact form the build makes of them (what it does now).
func catalogBenchmarks(quick: Bool) {
    header("The shipped catalogue at start-up (\(ShippedPrompts.files.count) files)")
    let runs = quick ? 5 : 20
    let files = ShippedPrompts.files
    row("parse the prompt files", (0..<runs).map { _ in clock { _ = PromptCatalog(shipped: files) } })
    row("read the compact form", (0..<runs).map { _ in clock { _ = ShippedPrompts.compactCatalog } })
}
