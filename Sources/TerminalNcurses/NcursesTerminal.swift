import CNcurses
import TerminalUI

#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// Why the terminal could not be opened.
public enum TerminalOpenError: Error, CustomStringConvertible {
    case notATerminal
    case unknownTerminal(String)

    public var description: String {
        switch self {
        case .notATerminal: return "standard input and output must be a terminal"
        case .unknownTerminal(let t): return "cannot use terminal type '\(t)'"
        }
    }
}

/// Choices for how the terminal is used.
public struct TerminalOptions: Sendable {
    public var color: Bool
    public var mouse: Bool
    public init(color: Bool, mouse: Bool) {
        self.color = color
        self.mouse = mouse
    }
}

/// The real terminal through ncursesw: draws canvases cell by cell (ncurses sends only
/// what changed) and reads keys, pastes, mouse and resizes.
public final class NcursesTerminal: TerminalBackend {
    public let colorEnabled: Bool
    private let mouseEnabled: Bool
    private var decoder = InputDecoder()
    private var previous: Canvas?
    private var pairs: [Int: Int16] = [:]
    private var isOpen = true
    private var pasteIdleMilliseconds = 0

    /// Opens the terminal. Call `setlocale(LC_ALL, "")` first.
    public init(options: TerminalOptions) throws(TerminalOpenError) {
        guard isatty(0) == 1, isatty(1) == 1 else { throw .notATerminal }
        guard kt_newterm() != nil else {
            throw .unknownTerminal(getenv("TERM").map { String(cString: $0) } ?? "")
        }
        cbreak()
        noecho()
        nonl()
        // Ctrl-S, Ctrl-Q and Ctrl-\ become keys (no frozen screen, no SIGQUIT); endwin gives them back.
        _ = kt_keys_as_input()
        intrflush(kt_stdscr(), false)
        keypad(kt_stdscr(), true)
        set_escdelay(25)
        // No look for typed-ahead keys during each update (two polls a frame): the loop
        // reads all waiting keys before it draws.
        typeahead(-1)
        var color = false
        if options.color && has_colors() {
            start_color()
            use_default_colors()
            color = kt_colors() >= 8
        }
        colorEnabled = color
        mouseEnabled = options.mouse
        if options.mouse {
            mousemask(kt_all_mouse_events(), nil)
            mouseinterval(0)
        }
        kt_write_raw("\u{1b}[?2004h")  // bracketed paste on
        SignalTrap.install()
        ActiveTerminal.isActive.store(true, ordering: .sequentiallyConsistent)
    }

    deinit { close() }

    /// Restores the terminal exactly as it was; safe to call more than once.
    public func close() {
        guard isOpen else { return }
        isOpen = false
        ActiveTerminal.isActive.store(false, ordering: .sequentiallyConsistent)
        if mouseEnabled { mousemask(0, nil) }
        kt_write_raw("\u{1b}[?2004l")
        curs_set(1)
        endwin()
    }

    public var size: Size { Size(width: Int(kt_cols()), height: Int(kt_lines())) }

    // MARK: Drawing

    public func draw(_ canvas: Canvas) {
        let changed = canvas.changedIndices(since: previous)
        // A first frame, or one at a new size, is drawn onto a blank screen: its blank cells
        // are there already (most of a screen, and each cost ncurses a few hundred instructions).
        let onBlank = previous?.size != canvas.size
        if onBlank { werase(kt_stdscr()) }
        let width = canvas.size.width
        let blank = Cell()
        for i in changed where !(onBlank && canvas.cells[i] == blank) { put(canvas.cells[i], x: i % width, y: i / width) }
        if let c = canvas.cursor {
            curs_set(1)
            wmove(kt_stdscr(), Int32(c.y), Int32(c.x))
        } else {
            curs_set(0)
        }
        wnoutrefresh(kt_stdscr())
        doupdate()
        previous = canvas
    }

    private func put(_ cell: Cell, x: Int, y: Int) {
        let style = colorEnabled ? cell.style : cell.style.monochrome
        let attrs = attributes(style.attributes)
        let pair = colorPair(style)
        var cc = cchar_t()
        if let scalar = cell.scalar {
            // Nearly every cell is one scalar: no arrays for it.
            var one: (wchar_t, wchar_t) = (wchar_t(bitPattern: scalar.value), 0)
            _ = withUnsafePointer(to: &one) { $0.withMemoryRebound(to: wchar_t.self, capacity: 2) { kt_setcchar(&cc, $0, attrs, pair) } }
            mvwadd_wch(kt_stdscr(), Int32(y), Int32(x), &cc)
            return
        }
        var chars = cell.grapheme.unicodeScalars.map { wchar_t(bitPattern: $0.value) }
        if chars.count >= Int(kt_ccharw_max()) { chars = [chars[0]] }
        chars.append(0)
        if kt_setcchar(&cc, chars, attrs, pair) == ERR {
            // ncurses refuses clusters of several spacing characters (ZWJ emoji):
            // show the first one, which has the same width.
            let first: [wchar_t] = [chars[0], 0]
            _ = kt_setcchar(&cc, first, attrs, pair)
        }
        mvwadd_wch(kt_stdscr(), Int32(y), Int32(x), &cc)
    }

    private func attributes(_ a: TextAttributes) -> attr_t {
        var r = kt_wa_normal()
        if a.contains(.bold) { r |= kt_wa_bold() }
        if a.contains(.dim) { r |= kt_wa_dim() }
        if a.contains(.reverse) { r |= kt_wa_reverse() }
        if a.contains(.underline) { r |= kt_wa_underline() }
        if a.contains(.italic) { r |= kt_wa_italic() }
        return r
    }

    private func colorPair(_ style: Style) -> Int16 {
        guard colorEnabled, style.foreground != nil || style.background != nil else { return 0 }
        let fg = style.foreground.map { $0.rawValue + 1 } ?? 0
        let bg = style.background.map { $0.rawValue + 1 } ?? 0
        let key = fg * 9 + bg
        if let p = pairs[key] { return p }
        let p = Int16(pairs.count + 1)
        guard Int(p) < kt_color_pairs() else { return 0 }
        init_pair(p, Int16(fg - 1), Int16(bg - 1))
        pairs[key] = p
        return p
    }

    // MARK: Input

    public func readEvents(timeoutMilliseconds: Int) -> [InputEvent] {
        var events: [InputEvent] = []
        var first = true
        while true {
            if SignalTrap.takePending() != nil { return events + [.interrupt] }
            if SignalTrap.takeSuspendRequest() {
                suspend()
            } else if SignalTrap.takeContinued() {
                // Continued after a stop we did not make (SIGSTOP): the terminal may have been used meanwhile.
                reset_prog_mode()
                repaint()
            }
            // Wait for the first item; then drain what is already there without waiting.
            let wait: Int32
            if decoder.isInPaste { wait = 50 } else if first { wait = Int32(timeoutMilliseconds) } else { wait = 0 }
            wtimeout(kt_stdscr(), wait)
            var ch: wint_t = 0
            let r = wget_wch(kt_stdscr(), &ch)
            first = false
            if r == ERR {
                if decoder.isInPaste {
                    // A paste whose end marker never comes is delivered after a second of silence.
                    pasteIdleMilliseconds += 50
                    if pasteIdleMilliseconds >= 1000 {
                        events += decoder.flush()
                        pasteIdleMilliseconds = 0
                        break
                    }
                    continue
                }
                events += decoder.feed(.idle)
                break
            }
            pasteIdleMilliseconds = 0
            let raw: RawInput
            if r == KEY_CODE_YES {
                raw = rawInput(forKeyCode: Int32(truncatingIfNeeded: ch))  // wint_t is UInt32 on Glibc, Int32 on Darwin
            } else {
                raw = Unicode.Scalar(UInt32(ch)).map { RawInput.scalar($0) } ?? .idle
            }
            let wasInPaste = decoder.isInPaste
            events += decoder.feed(raw)
            if !wasInPaste && decoder.isInPaste { events += readPaste() }
            if events.count > 256 && !decoder.isPending { break }
        }
        return events
    }

    /// Reads a bracketed paste straight from the terminal in large reads: through ncurses,
    /// one byte per call, a megabyte took seconds. Called just after the start marker:
    /// ncurses reads ahead only while bytes could still be a key's sequence, and no key
    /// begins with the whole marker, so nothing it has read is left in its queue.
    /// Whatever follows the end marker in the last read (keys typed at once) goes through
    /// the decoder as well; a sequence it leaves half-read is finished by the bytes that
    /// come next through ncurses, which hands them over one by one.
    private func readPaste() -> [InputEvent] {
        var events: [InputEvent] = []
        var utf8 = UTF8Stream()
        // A local copy: a class's stored property pays an exclusivity check per access.
        var decoder = self.decoder
        defer { self.decoder = decoder }
        func feed(_ scalar: Unicode.Scalar?) {
            guard let scalar else { return }
            let completed = decoder.feed(.scalar(scalar))
            if !completed.isEmpty { events += completed }
        }
        var buffer = [UInt8](repeating: 0, count: 1 << 16)
        var idle = 0
        while decoder.isInPaste || utf8.isPending {
            var ready = pollfd(fd: STDIN_FILENO, events: Int16(POLLIN), revents: 0)
            let polled = poll(&ready, 1, 50)
            if polled < 0 { return events }  // a signal: the loop sees to it, the rest comes through ncurses
            if polled == 0 {
                idle += 50
                // A paste whose end marker never comes is delivered after a second of silence.
                if idle >= 1000 {
                    events += decoder.flush()
                    return events
                }
                continue
            }
            idle = 0
            let count = buffer.withUnsafeMutableBytes { read(STDIN_FILENO, $0.baseAddress, $0.count) }
            if count < 0 { return events }  // interrupted: the rest comes through ncurses
            if count == 0 { return events + decoder.flush() }  // the terminal is gone
            for i in 0..<count {
                let (first, second) = utf8.push(buffer[i])
                feed(first)
                feed(second)
            }
        }
        return events
    }

    /// Ctrl-Z: gives the terminal back as it was, stops, and on `fg` takes it again and
    /// draws the last frame anew (whatever the shell printed meanwhile is gone).
    private func suspend() {
        kt_write_raw("\u{1b}[?2004l")
        endwin()
        SignalTrap.stopUntilContinued()
        _ = SignalTrap.takeContinued()
        // Settings the user changed while stopped (stty) are what quitting restores.
        def_shell_mode()
        repaint()
    }

    /// Draws the whole screen again and switches bracketed paste back on (a shell turns it off).
    private func repaint() {
        clearok(kt_curscr(), true)
        doupdate()
        kt_write_raw("\u{1b}[?2004h")
    }

    private func rawInput(forKeyCode code: Int32) -> RawInput {
        switch code {
        case KEY_RESIZE:
            previous = nil
            return .resize(size)
        case KEY_MOUSE:
            var m = MEVENT()
            guard getmouse(&m) == OK else { return .idle }
            let p = Point(x: Int(m.x), y: Int(m.y))
            if m.bstate & kt_button4_pressed() != 0 { return .mouse(MouseEvent(kind: .scrollUp, position: p)) }
            if m.bstate & kt_button5_pressed() != 0 { return .mouse(MouseEvent(kind: .scrollDown, position: p)) }
            if m.bstate & (kt_button1_pressed() | kt_button1_clicked()) != 0 {
                return .mouse(MouseEvent(kind: .press, position: p))
            }
            return .idle
        case KEY_UP: return .key(.up, [])
        case KEY_DOWN: return .key(.down, [])
        case KEY_LEFT: return .key(.left, [])
        case KEY_RIGHT: return .key(.right, [])
        case KEY_SLEFT: return .key(.left, .shift)
        case KEY_SRIGHT: return .key(.right, .shift)
        case KEY_HOME: return .key(.home, [])
        case KEY_END: return .key(.end, [])
        case KEY_PPAGE: return .key(.pageUp, [])
        case KEY_NPAGE: return .key(.pageDown, [])
        case KEY_DC: return .key(.delete, [])
        case KEY_IC: return .key(.insert, [])
        case KEY_BACKSPACE: return .key(.backspace, [])
        case KEY_ENTER: return .key(.enter, [])
        case KEY_BTAB: return .key(.backTab, [])
        case kt_key_f(1)...kt_key_f(24): return .key(.function(Int(code - kt_key_f(0))), [])
        default:
            return extendedKey(code)
        }
    }

    /// Keys ncurses knows only by terminfo name (xterm's modified arrows: kLFT5 …).
    private func extendedKey(_ code: Int32) -> RawInput {
        guard let name = keyname(code).map({ String(cString: $0) }), name.count >= 4 else { return .idle }
        let base: Key
        switch name.dropLast() {
        case "kLFT": base = .left
        case "kRIT": base = .right
        case "kUP": base = .up
        case "kDN": base = .down
        case "kHOM": base = .home
        case "kEND": base = .end
        case "kDC": base = .delete
        default: return .idle
        }
        return .key(base, name.last?.wholeNumberValue.map { Modifiers(xtermParameter: $0) } ?? [])
    }
}
