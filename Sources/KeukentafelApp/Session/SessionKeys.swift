import KeukentafelDomain
import TerminalUI

/// The live screen's keys while typing (capture, corrections, a scale's topic, quick
/// entry): one table for the key handler, the F1 help and both hint lines.
enum SessionKeys {
    typealias Intent = SessionFeature.Intent

    /// Alt plus a letter tags the next entry.
    static let tagLetters: [(letter: Character, tag: Tag)] = [
        ("e", .exception), ("g", .goal), ("s", .strength), ("w", .worry),
        ("m", .miracleSign), ("c", .coping), ("a", .agreement), ("k", .complimentGiven),
    ]

    /// Alt plus a letter (either case).
    static func alt(_ letter: Character, _ intent: Intent) -> @Sendable (KeyPress) -> Intent? {
        { press in
            guard press.modifiers == .alt, case .character(let c) = press.key, Character(c.lowercased()) == letter else { return nil }
            return intent
        }
    }

    static let capture = KeyTable<Intent>([
        KeyBinding(
            "Alt-1 … Alt-9", .session(.helpSpeakerKeys), hints: [KeyHint(.session(.hintSpeaker), order: 0, key: "Alt-1…")],
            match: { press in
                guard press.modifiers == .alt, case .character(let c) = press.key, let n = c.wholeNumberValue, n >= 1 else { return nil }
                return .speaker(n)
            }),
        KeyBinding("Alt-0", .session(.helpWorkerNote), hints: [KeyHint(.session(.hintNote), order: 1)], match: alt("0", .workerNote)),
        KeyBinding(
            "Alt-" + tagLetters.map { String($0.letter).uppercased() }.joined(separator: " "), .session(.helpTagKeys),
            hints: [KeyHint(.session(.hintTag), order: 2, key: "Alt-E…")],
            match: { press in
                guard press.modifiers == .alt, case .character(let c) = press.key else { return nil }
                return tagLetters.first { $0.letter == Character(c.lowercased()) }.map { .toggleTag($0.tag) }
            }),
        KeyBinding("Enter", .session(.helpSave), on: [Keys.enter], .submit),
        KeyBinding("Alt-U", .session(.helpAmend), match: alt("u", .amendLast)),
        KeyBinding("Alt-X", .session(.helpRetract), match: alt("x", .retractLast)),
        KeyBinding("Alt-P", .session(.helpPromote), match: alt("p", .promoteToGoal)),
        KeyBinding(
            "F3  F4", .session(.helpPromptKeys), hints: [KeyHint(.session(.hintPrompt), order: 3, key: "F3/F4")],
            match: { press in
                press.key == .function(3) ? .prompt(forward: false) : press.key == .function(4) ? .prompt(forward: true) : nil
            }),
        KeyBinding(
            "F5  F6", .session(.helpPhaseKeys), hints: [KeyHint(.session(.hintPhaseKeys), order: 4, key: "F5/F6")],
            match: { press in
                press.key == .function(5) ? .phase(forward: false) : press.key == .function(6) ? .phase(forward: true) : nil
            }),
        KeyBinding("Alt-H", .session(.helpPresenceKey), match: alt("h", .editPresence)),
        KeyBinding("Alt-T", .session(.helpTipKey), match: alt("t", .toggleTip)),
        KeyBinding("Alt-V", .session(.helpAudienceKey), match: alt("v", .nextAudience)),
        KeyBinding("F2", .session(.helpBrowserKey), on: [Keys.function(2)], .openLibrary),
        KeyBinding("/", .search(.helpOpenSearchLive), match: { Keys.letter("/").contains($0) ? .openSearch($0) : nil }),
        KeyBinding(
            "F7", .session(.helpPanelKey), hints: [KeyHint(.session(.hintPanel), order: 1, line: .alternate)], on: [Keys.function(7)],
            .nextPanel),
        KeyBinding(
            "F8", .session(.helpFamilyViewKey), hints: [KeyHint(.session(.hintFamilyView), order: 5)], on: [Keys.function(8)], .familyView),
        KeyBinding("F9", .session(.helpScaleKey), hints: [KeyHint(.session(.hintScale), order: 6)], on: [Keys.function(9)], .startScale),
        KeyBinding(
            "F10", .session(.helpCloseKey), hints: [KeyHint(.session(.hintClose), order: 8)], on: [Keys.function(10)], .startClosing),
        KeyBinding("F11", .record(.helpRecordKey), hints: [KeyHint(.record(.hintRecord), order: 7)], on: [Keys.function(11)], .startRecord),
        KeyBinding(
            "F12", .genogram(.helpQuickEntryKey), hints: [KeyHint(.genogram(.quickEntryLabel), order: 2, line: .alternate)],
            on: [Keys.function(12)], .quickEntry),
        KeyBinding("Tab", .genogram(.helpCompleteName), on: [KeyPress(.tab)], .completeName),
        KeyBinding(
            "Alt-Z", .genogram(.helpFullPanelKey), hints: [KeyHint(.common(.hintBack), order: 0, line: .alternate)],
            match: alt("z", .toggleFullPanel)),
        KeyBinding(
            "PgUp PgDn", .session(.helpScrollKey),
            match: { press in
                press.key == .pageUp ? .scroll(up: true) : press.key == .pageDown ? .scroll(up: false) : nil
            }),
        KeyBinding("Esc", .session(.helpLeaveKey), on: [Keys.escape], .escape),
        .documented(UIText.common(.hintPaste), .common(.helpPasteKeepsLines)),
        .documented(
            "F1", .common(.helpHelp),
            hints: [KeyHint(.session(.hintMore), order: 9), KeyHint(.session(.hintMore), order: 3, line: .alternate)]),
        .interrupt,
    ])

    /// The family view (F8): the screen turned towards the family; F8 or Esc turns it back.
    static let familyView = KeyTable<Intent>([
        KeyBinding(
            "F8  Esc", .session(.familyViewBack), hints: [KeyHint(.session(.familyViewBack), order: 0, key: "F8")],
            on: [Keys.function(8), Keys.escape], .familyView),
        KeyBinding(
            "↑ ↓  PgUp PgDn", .session(.helpScrollKey), hints: [KeyHint(.promptBrowser(.hintScroll), order: 1, key: "PgUp PgDn")],
            match: familyScroll),
        KeyBinding(
            "p", .session(.helpPlanPreview), hints: [KeyHint(.session(.hintPlanPreview), order: 2)], on: Keys.letter("p"), .planPreview),
    ])

    /// Scrolling the family view and the closing summary: a line or a page.
    static let familyScroll: @Sendable (KeyPress) -> Intent? = { press in
        switch press.key {
        case .up, .pageUp: return .scroll(up: true)
        case .down, .pageDown: return .scroll(up: false)
        default: return nil
        }
    }
}
