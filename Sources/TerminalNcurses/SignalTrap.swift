import CNcurses
import Synchronization

#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// Whether an ncurses screen is open, so a fatal-signal handler knows to restore it.
enum ActiveTerminal {
    static let isActive = Atomic<Bool>(false)
}

/// Signal handling that keeps the terminal usable.
///
/// SIGINT, SIGTERM and SIGHUP are turned into a pending request the run loop picks up
/// within one tick, so the program quits along its normal path (saving first). SIGTSTP
/// (Ctrl-Z) and SIGCONT are requests too: the terminal backend restores the terminal,
/// stops, and draws again when continued, outside any signal handler. Fatal signals
/// (and SIGQUIT, which the keyboard no longer sends) restore the terminal, then die with
/// the action that was there before, so a core dump and the exit status stay truthful.
public enum SignalTrap {
    private static let pending = Atomic<Int32>(0)
    private static let suspendRequested = Atomic<Bool>(false)
    private static let continued = Atomic<Bool>(false)
    private static let installed = Atomic<Bool>(false)

    /// Installs the handlers (after ncurses, which installs its own for SIGINT/SIGTERM).
    public static func install() {
        // A parent may hand us a blocked signal mask; unblock what the terminal relies on.
        var wanted = sigset_t()
        sigemptyset(&wanted)
        for sig in [SIGWINCH, SIGINT, SIGTERM, SIGHUP, SIGTSTP, SIGCONT] { sigaddset(&wanted, sig) }
        sigprocmask(SIG_UNBLOCK, &wanted, nil)
        for sig in [SIGINT, SIGTERM, SIGHUP] {
            var action = sigaction()
            setHandler(&action) { sig in SignalTrap.pending.store(sig, ordering: .sequentiallyConsistent) }
            sigemptyset(&action.sa_mask)
            action.sa_flags = 0  // no SA_RESTART: a blocked read returns so the loop sees the request
            sigaction(sig, &action, nil)
        }
        // In place of ncurses' own SIGTSTP handler, which redraws from inside the handler.
        installSuspendHandler()
        var onContinue = sigaction()
        setHandler(&onContinue) { _ in SignalTrap.continued.store(true, ordering: .sequentiallyConsistent) }
        sigemptyset(&onContinue.sa_mask)
        onContinue.sa_flags = 0
        sigaction(SIGCONT, &onContinue, nil)
        guard !installed.exchange(true, ordering: .sequentiallyConsistent) else { return }
        for sig in fatalSignals {
            var action = sigaction()
            setHandler(&action) { sig in
                if ActiveTerminal.isActive.exchange(false, ordering: .sequentiallyConsistent) {
                    kt_write_raw("\u{1b}[?2004l")
                    endwin()
                }
                // Hand over to what was there before (Swift's backtracer, or the default
                // action), now that the terminal is readable again.
                if let index = SignalTrap.fatalSignals.firstIndex(of: sig) {
                    var previous = SignalTrap.previousActions[index]
                    sigaction(sig, &previous, nil)
                } else {
                    signal(sig, SIG_DFL)
                }
                raise(sig)
            }
            sigemptyset(&action.sa_mask)
            action.sa_flags = Int32(bitPattern: UInt32(SA_RESETHAND))
            var previous = sigaction()
            sigaction(sig, &action, &previous)
            previousActions.append(previous)
        }
    }

    /// Sets the plain (one-argument) handler; the C libraries name the union field differently.
    private static func setHandler(_ action: inout sigaction, _ handler: @convention(c) (Int32) -> Void) {
        #if os(Linux)
            action.__sigaction_handler.sa_handler = handler
        #else
            action.__sigaction_u.__sa_handler = handler
        #endif
    }

    private static func installSuspendHandler() {
        var action = sigaction()
        setHandler(&action) { _ in SignalTrap.suspendRequested.store(true, ordering: .sequentiallyConsistent) }
        sigemptyset(&action.sa_mask)
        action.sa_flags = 0
        sigaction(SIGTSTP, &action, nil)
    }

    /// True once after SIGTSTP (Ctrl-Z) arrived: the backend should suspend.
    public static func takeSuspendRequest() -> Bool {
        suspendRequested.exchange(false, ordering: .sequentiallyConsistent)
    }

    /// True once after SIGCONT arrived: the screen may have been drawn over meanwhile.
    public static func takeContinued() -> Bool {
        continued.exchange(false, ordering: .sequentiallyConsistent)
    }

    /// Stops the process as Ctrl-Z would have, returning when it is continued (`fg`).
    /// Call with the terminal already restored.
    public static func stopUntilContinued() {
        signal(SIGTSTP, SIG_DFL)
        var tstp = sigset_t()
        sigemptyset(&tstp)
        sigaddset(&tstp, SIGTSTP)
        sigprocmask(SIG_UNBLOCK, &tstp, nil)
        raise(SIGTSTP)
        installSuspendHandler()
    }

    // SIGQUIT: Ctrl-\ no longer sends it (see `kt_keys_as_input`), but `kill -QUIT` still may.
    private static let fatalSignals: [Int32] = [SIGSEGV, SIGBUS, SIGFPE, SIGILL, SIGABRT, SIGTRAP, SIGQUIT]
    // Written once in `install` before any fatal handler can run; read only in handlers.
    nonisolated(unsafe) private static var previousActions: [sigaction] = []

    /// The signal received since the last call, if any.
    public static func takePending() -> Int32? {
        let s = pending.exchange(0, ordering: .sequentiallyConsistent)
        return s == 0 ? nil : s
    }
}
