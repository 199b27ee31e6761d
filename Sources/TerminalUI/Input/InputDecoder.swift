/// What a backend reads from the terminal before decoding: a character, a key the
/// terminal library already recognised, or "nothing more right now".
public enum RawInput: Hashable, Sendable {
    case scalar(Unicode.Scalar)
    case key(Key, Modifiers)
    case mouse(MouseEvent)
    case resize(Size)
    case idle
}

/// Turns raw terminal input into events: control characters into named keys,
/// ESC-prefixed input into Alt-combinations and CSI sequences, and a bracketed paste
/// (`ESC[200~` … `ESC[201~`) into one `.paste` event.
///
/// Pure and incremental, so the backend feeds it one item at a time and tests feed it
/// byte sequences directly.
public struct InputDecoder: Sendable {
    private enum Mode: Sendable {
        case normal
        case escape  // saw ESC
        case csi(String)  // saw ESC [ and these parameter bytes
        case paste  // inside a bracketed paste
        case pasteEscape(String)  // inside a paste, saw ESC and these bytes
    }
    private var mode: Mode = .normal
    /// The paste so far as UTF-8, kept apart from `mode` and made a string once at its
    /// end, so that each scalar costs an append of its bytes. Line breaks are already LF.
    private var pasted: [UInt8] = []
    private var pastedCR = false

    public init() {}

    /// True while a sequence is half-read; the backend should read on without waiting.
    public var isPending: Bool {
        if case .normal = mode { return false }
        return true
    }

    /// True while inside a bracketed paste.
    public var isInPaste: Bool {
        switch mode {
        case .paste, .pasteEscape: return true
        default: return false
        }
    }

    /// Ends whatever is half-read: a paste whose end marker never came is delivered as
    /// it is (nothing typed is lost), a lone ESC becomes the Escape key.
    public mutating func flush() -> [InputEvent] {
        switch mode {
        case .normal: return []
        case .paste, .pasteEscape:
            mode = .normal
            return pasted.isEmpty ? [] : [.paste(takePasted())]
        case .escape, .csi:
            return feed(.idle)
        }
    }

    /// Feeds one raw item; returns the events it completes.
    public mutating func feed(_ input: RawInput) -> [InputEvent] {
        switch mode {
        case .normal:
            return feedNormal(input)
        case .escape:
            switch input {
            case .idle:
                mode = .normal
                return [.key(KeyPress(.escape))]
            case .scalar("["):
                mode = .csi("")
                return []
            case .scalar("O"):
                mode = .csi("O")
                return []
            case .scalar(let s):
                mode = .normal
                if s.value == 27 {
                    mode = .escape
                    return [.key(KeyPress(.escape))]
                }
                var events = feedNormal(.scalar(s))
                events = events.map { e in
                    if case .key(var k) = e {
                        k.modifiers.insert(.alt)
                        return .key(k)
                    }
                    return e
                }
                return events
            case .key(let k, let m):
                mode = .normal
                return [.key(KeyPress(k, m.union(.alt)))]
            default:
                mode = .normal
                return [.key(KeyPress(.escape))] + feedNormal(input)
            }
        case .csi(let params):
            switch input {
            case .scalar(let s) where params == "O":
                mode = .normal
                return Self.ss3(s).map { [.key($0)] } ?? []
            case .scalar(let s) where s.value >= 0x40 && s.value <= 0x7E:
                mode = .normal
                return finishCSI(params, final: s)
            case .scalar(let s) where s.value >= 0x20 && s.value < 0x40:
                if params.count > 32 {
                    mode = .normal
                    return []
                }  // runaway: drop it
                mode = .csi(params + String(s))
                return []
            case .idle:
                mode = .normal
                return [.key(KeyPress(.character("["), .alt))]
            default:
                mode = .normal
                return feedNormal(input)
            }
        case .paste:
            switch input {
            case .scalar(let s) where s.value == 27:
                mode = .pasteEscape("")
            case .scalar(let s):
                appendPasted(s)
            case .key(.enter, _):
                appendPasted("\n")
            case .key(.tab, _):
                appendPasted("\t")
            default:
                break  // keys, mouse and idle inside a paste carry no text
            }
            return []
        case .pasteEscape(let seq):
            guard case .scalar(let s) = input else {
                if case .idle = input { return [] }
                mode = .paste
                return []
            }
            let next = seq + String(s)
            if "[201~".hasPrefix(next) {
                if next == "[201~" {
                    mode = .normal
                    return [.paste(takePasted())]
                }
                mode = .pasteEscape(next)
            } else {
                // Not the end marker: an escape inside pasted text is dropped, the rest kept.
                for sc in next.unicodeScalars { appendPasted(sc) }
                mode = .paste
            }
            return []
        }
    }

    private mutating func feedNormal(_ input: RawInput) -> [InputEvent] {
        switch input {
        case .idle: return []
        case .resize(let s): return [.resize(s)]
        case .mouse(let m): return [.mouse(m)]
        case .key(let k, let m): return [.key(KeyPress(k, m))]
        case .scalar(let s):
            switch s.value {
            case 27:
                mode = .escape
                return []
            case 10, 13: return [.key(KeyPress(.enter))]
            case 9: return [.key(KeyPress(.tab))]
            case 8, 127: return [.key(KeyPress(.backspace))]
            case 1...26:
                let letter = Character(Unicode.Scalar(UInt8(s.value) + 96))
                return [.key(.ctrl(letter))]
            case 0..<32, 128..<160: return []  // other controls carry nothing we use
            default: return [.key(.char(Character(s)))]
            }
        }
    }

    private mutating func finishCSI(_ params: String, final: Unicode.Scalar) -> [InputEvent] {
        if final == "~" && params == "200" {
            mode = .paste
            pasted = []
            pastedCR = false
            return []
        }
        if final == "~" && params == "201" { return [] }  // stray end marker
        let parts = params.split(separator: ";")
        let modifiers = parts.count == 2 ? Int(parts[1]).map { Modifiers(xtermParameter: $0) } ?? [] : []
        let key: Key?
        switch final {
        case "A": key = .up
        case "B": key = .down
        case "C": key = .right
        case "D": key = .left
        case "H": key = .home
        case "F": key = .end
        case "Z": key = .backTab
        case "~":
            switch parts.first.flatMap({ Int($0) }) {
            case 1, 7: key = .home
            case 2: key = .insert
            case 3: key = .delete
            case 4, 8: key = .end
            case 5: key = .pageUp
            case 6: key = .pageDown
            case 11: key = .function(1)
            case 12: key = .function(2)
            case 13: key = .function(3)
            case 14: key = .function(4)
            case 15: key = .function(5)
            case 17: key = .function(6)
            case 18: key = .function(7)
            case 19: key = .function(8)
            case 20: key = .function(9)
            case 21: key = .function(10)
            case 23: key = .function(11)
            case 24: key = .function(12)
            default: key = nil
            }
        default: key = nil
        }
        return key.map { [.key(KeyPress($0, modifiers))] } ?? []
    }

    private static func ss3(_ s: Unicode.Scalar) -> KeyPress? {
        switch s {
        case "A": return KeyPress(.up)
        case "B": return KeyPress(.down)
        case "C": return KeyPress(.right)
        case "D": return KeyPress(.left)
        case "H": return KeyPress(.home)
        case "F": return KeyPress(.end)
        case "P": return KeyPress(.function(1))
        case "Q": return KeyPress(.function(2))
        case "R": return KeyPress(.function(3))
        case "S": return KeyPress(.function(4))
        default: return nil
        }
    }

    /// Appends one pasted scalar in place. CR LF and lone CR become LF, so a paste from
    /// any system keeps its line breaks; other control characters are dropped, they
    /// never act as keys.
    private mutating func appendPasted(_ s: Unicode.Scalar) {
        switch s.value {
        case 13:
            pasted.append(10)
        case 10:
            if !pastedCR { pasted.append(10) }
        case 9:
            pasted.append(9)
        case 0..<0x80:
            if DisplayWidth.isControl(s) { return }
            pasted.append(UInt8(s.value))
        default:
            if DisplayWidth.isControl(s) { return }
            UTF8.encode(s) { pasted.append($0) }
        }
        pastedCR = s.value == 13
    }

    private mutating func takePasted() -> String {
        defer {
            pasted = []
            pastedCR = false
        }
        return String(decoding: pasted, as: UTF8.self)
    }
}
