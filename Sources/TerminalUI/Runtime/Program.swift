/// An application in the Elm / Composable Architecture style: one state, actions,
/// a pure `update` that returns explicit commands (effects), and a pure `view`.
///
/// `perform` is the only place effects happen; it is supplied by the edge (the
/// executable wires real storage and clocks, tests wire fakes) and answers with
/// follow-up actions.
public struct Program<State: Equatable, Action, Command> {
    public var update: (inout State, Action) -> [Command]
    public var view: (State, inout Canvas) -> Void
    /// Maps terminal input to an action for the current state; nil ignores the event.
    public var actionForEvent: (State, InputEvent) -> Action?
    /// Called on each timer tick (for clocks); nil means no action.
    public var tick: () -> Action?
    public var perform: (Command) -> [Action]
    public var isFinished: (State) -> Bool

    public init(
        update: @escaping (inout State, Action) -> [Command],
        view: @escaping (State, inout Canvas) -> Void,
        actionForEvent: @escaping (State, InputEvent) -> Action?,
        tick: @escaping () -> Action? = { nil },
        perform: @escaping (Command) -> [Action],
        isFinished: @escaping (State) -> Bool
    ) {
        self.update = update
        self.view = view
        self.actionForEvent = actionForEvent
        self.tick = tick
        self.perform = perform
        self.isFinished = isFinished
    }
}

/// A terminal the loop draws on and reads from: ncurses for real, headless in tests.
public protocol TerminalBackend: AnyObject {
    /// The current size in cells.
    var size: Size { get }
    /// Shows a complete frame; the backend sends only what changed.
    func draw(_ canvas: Canvas)
    /// Waits at most `timeoutMilliseconds` for input and returns what arrived (maybe nothing).
    func readEvents(timeoutMilliseconds: Int) -> [InputEvent]
}

/// Drives a `Program`: feeds events in, runs commands, and redraws only when the state
/// or the terminal size changed.
///
/// Its methods are inlinable so that they are specialized for the app's state where the
/// app runs the loop: generic, each key copied and compared the whole state through
/// value witnesses.
public final class AppLoop<State: Equatable, Action, Command> {
    public var state: State { current }
    /// How many frames were drawn; tests use it to check "redraw only on change".
    public var drawCount: Int { frames }
    public let program: Program<State, Action, Command>
    public var glyphs: Glyphs
    public var theme: Theme
    @usableFromInline var current: State
    @usableFromInline var frames = 0
    /// The state and size of the last frame drawn; nil before the first.
    @usableFromInline var drawn: (state: State, size: Size)?

    public init(program: Program<State, Action, Command>, state: State, glyphs: Glyphs = .unicode, theme: Theme = .standard) {
        self.program = program
        self.current = state
        self.glyphs = glyphs
        self.theme = theme
    }

    @inlinable
    public var isFinished: Bool { program.isFinished(current) }

    /// Runs an action and every follow-up action its commands produce, in order.
    @inlinable
    public func send(_ action: Action) {
        var queue = [action]
        var i = 0
        while i < queue.count {
            let commands = program.update(&current, queue[i])
            for command in commands { queue.append(contentsOf: program.perform(command)) }
            i += 1
        }
    }

    /// Handles one input event.
    @inlinable
    public func handle(_ event: InputEvent) {
        if let action = program.actionForEvent(current, event) { send(action) }
    }

    /// Renders the current state at `size`.
    @inlinable
    public func render(size: Size) -> Canvas {
        var canvas = Canvas(size: size, glyphs: glyphs, theme: theme)
        program.view(current, &canvas)
        return canvas
    }

    /// Draws on the backend if the state or size changed since the last frame.
    @inlinable
    public func redrawIfNeeded(on backend: TerminalBackend) {
        let size = backend.size
        if let drawn, drawn.size == size, drawn.state == current { return }
        backend.draw(render(size: size))
        drawn = (current, size)
        frames += 1
    }

    /// The loop: draw, wait for input (or the tick), handle, until the program finishes.
    /// The tick comes when the wait ran out, and at most once a tick while keys come in:
    /// reading the clock on every key was a calendar sum for each letter typed.
    @inlinable
    public func run(on backend: TerminalBackend, tickMilliseconds: Int = 500) {
        let clock = ContinuousClock()
        var lastTick = clock.now
        while !isFinished {
            redrawIfNeeded(on: backend)
            let events = backend.readEvents(timeoutMilliseconds: tickMilliseconds)
            for event in events {
                handle(event)
                if isFinished { break }
            }
            let now = clock.now
            guard events.isEmpty || now - lastTick >= .milliseconds(tickMilliseconds) else { continue }
            lastTick = now
            if let tick = program.tick() { send(tick) }
        }
    }
}

/// An in-memory terminal: records frames and replays scripted input.
public final class HeadlessTerminal: TerminalBackend {
    public var size: Size
    public private(set) var frames: [Canvas] = []
    private var script: [InputEvent]

    public init(size: Size, script: [InputEvent] = []) {
        self.size = size
        self.script = script
    }

    public var lastFrame: Canvas? { frames.last }

    public func draw(_ canvas: Canvas) { frames.append(canvas) }

    /// One scripted event per call; `.interrupt` once the script is used up.
    public func readEvents(timeoutMilliseconds: Int) -> [InputEvent] {
        guard !script.isEmpty else { return [.interrupt] }
        let event = script.removeFirst()
        if case .resize(let s) = event { size = s }
        return [event]
    }
}
