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
        KeyBinding("Alt-1 … Alt-9", .helpSpeakerKeys, hints: [KeyHint(.hintSpeaker, order: 0, key: "Alt-1…")], match: { press in
            guard press.modifiers == .alt, case .character(let c) = press.key, let n = c.wholeNumberValue, n >= 1 else { return nil }
            return .speaker(n)
        }),
        KeyBinding("Alt-0", .helpWorkerNote, hints: [KeyHint(.hintNote, order: 1)], match: alt("0", .workerNote)),
        KeyBinding("Alt-" + tagLetters.map { String($0.letter).uppercased() }.joined(separator: " "), .helpTagKeys,
                   hints: [KeyHint(.hintTag, order: 2, key: "Alt-E…")], match: { press in
            guard press.modifiers == .alt, case .character(let c) = press.key else { return nil }
            return tagLetters.first { $0.letter == Character(c.lowercased()) }.map { .toggleTag($0.tag) }
        }),
        KeyBinding("Enter", .helpSave, on: [Keys.enter], .submit),
        KeyBinding("Alt-U", .helpAmend, match: alt("u", .amendLast)),
        KeyBinding("Alt-X", .helpRetract, match: alt("x", .retractLast)),
        KeyBinding("Alt-P", .helpPromote, match: alt("p", .promoteToGoal)),
        KeyBinding("F3  F4", .helpPromptKeys, hints: [KeyHint(.hintPrompt, order: 3, key: "F3/F4")], match: { press in
            press.key == .function(3) ? .prompt(forward: false) : press.key == .function(4) ? .prompt(forward: true) : nil
        }),
        KeyBinding("F5  F6", .helpPhaseKeys, hints: [KeyHint(.hintPhaseKeys, order: 4, key: "F5/F6")], match: { press in
            press.key == .function(5) ? .phase(forward: false) : press.key == .function(6) ? .phase(forward: true) : nil
        }),
        KeyBinding("Alt-T", .helpTipKey, match: alt("t", .toggleTip)),
        KeyBinding("Alt-V", .helpAudienceKey, match: alt("v", .nextAudience)),
        KeyBinding("F2", .helpBrowserKey, on: [Keys.function(2)], .openLibrary),
        KeyBinding("F7", .helpPanelKey, hints: [KeyHint(.hintPanel, order: 1, line: .alternate)], on: [Keys.function(7)], .nextPanel),
        KeyBinding("F8", .helpFamilyViewKey, hints: [KeyHint(.hintFamilyView, order: 5)], on: [Keys.function(8)], .familyView),
        KeyBinding("F9", .helpScaleKey, hints: [KeyHint(.hintScale, order: 6)], on: [Keys.function(9)], .startScale),
        KeyBinding("F10", .helpCloseKey, hints: [KeyHint(.hintClose, order: 8)], on: [Keys.function(10)], .startClosing),
        KeyBinding("F11", .helpRecordKey, hints: [KeyHint(.hintRecord, order: 7)], on: [Keys.function(11)], .startRecord),
        KeyBinding("F12", .helpQuickEntryKey, hints: [KeyHint(.quickEntryLabel, order: 2, line: .alternate)],
                   on: [Keys.function(12)], .quickEntry),
        KeyBinding("Tab", .helpCompleteName, on: [KeyPress(.tab)], .completeName),
        KeyBinding("Alt-Z", .helpFullPanelKey, hints: [KeyHint(.hintBack, order: 0, line: .alternate)], match: alt("z", .toggleFullPanel)),
        KeyBinding("PgUp PgDn", .helpScrollKey, match: { press in
            press.key == .pageUp ? .scroll(up: true) : press.key == .pageDown ? .scroll(up: false) : nil
        }),
        KeyBinding("Esc", .helpLeaveKey, on: [Keys.escape], .escape),
        .documented(UIText.hintPaste, .helpPasteKeepsLines),
        .documented("F1", .helpHelp, hints: [KeyHint(.hintMore, order: 9), KeyHint(.hintMore, order: 3, line: .alternate)]),
        .documented("Ctrl-C", .helpInterrupt),
    ])

    /// The family view (F8): the screen turned towards the family; F8 or Esc turns it back.
    static let familyView = KeyTable<Intent>([
        KeyBinding("F8  Esc", .familyViewBack, hints: [KeyHint(.familyViewBack, order: 0, key: "F8")],
                   on: [Keys.function(8), Keys.escape], .familyView),
    ])
}
