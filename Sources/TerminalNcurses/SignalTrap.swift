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
/// within one tick, so the program quits along its normal path (saving first). Fatal
/// signals restore the terminal, then die with the default action so a core dump and
/// the exit status stay truthful.
public enum SignalTrap {
    private static let pending = Atomic<Int32>(0)
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

    private static let fatalSignals: [Int32] = [SIGSEGV, SIGBUS, SIGFPE, SIGILL, SIGABRT, SIGTRAP]
    // Written once in `install` before any fatal handler can run; read only in handlers.
    nonisolated(unsafe) private static var previousActions: [sigaction] = []

    /// The signal received since the last call, if any.
    public static func takePending() -> Int32? {
        let s = pending.exchange(0, ordering: .sequentiallyConsistent)
        return s == 0 ? nil : s
    }
}
