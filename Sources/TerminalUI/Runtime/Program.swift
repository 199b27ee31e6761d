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
public final class AppLoop<State: Equatable, Action, Command> {
    public private(set) var state: State
    /// How many frames were drawn; tests use it to check "redraw only on change".
    public private(set) var drawCount = 0
    public let program: Program<State, Action, Command>
    public var glyphs: Glyphs
    public var theme: Theme
    private var drawnState: State?
    private var drawnSize: Size?

    public init(program: Program<State, Action, Command>, state: State, glyphs: Glyphs = .unicode, theme: Theme = .standard) {
        self.program = program
        self.state = state
        self.glyphs = glyphs
        self.theme = theme
    }

    public var isFinished: Bool { program.isFinished(state) }

    /// Runs an action and every follow-up action its commands produce, in order.
    public func send(_ action: Action) {
        var queue = [action]
        var i = 0
        while i < queue.count {
            let commands = program.update(&state, queue[i])
            for command in commands { queue.append(contentsOf: program.perform(command)) }
            i += 1
        }
    }

    /// Handles one input event.
    public func handle(_ event: InputEvent) {
        if let action = program.actionForEvent(state, event) { send(action) }
    }

    /// Renders the current state at `size`.
    public func render(size: Size) -> Canvas {
        var canvas = Canvas(size: size, glyphs: glyphs, theme: theme)
        program.view(state, &canvas)
        return canvas
    }

    /// Draws on the backend if the state or size changed since the last frame.
    public func redrawIfNeeded(on backend: TerminalBackend) {
        let size = backend.size
        if drawnState == state && drawnSize == size { return }
        backend.draw(render(size: size))
        drawnState = state
        drawnSize = size
        drawCount += 1
    }

    /// The loop: draw, wait for input (or the tick), handle, until the program finishes.
    public func run(on backend: TerminalBackend, tickMilliseconds: Int = 500) {
        while !isFinished {
            redrawIfNeeded(on: backend)
            let events = backend.readEvents(timeoutMilliseconds: tickMilliseconds)
            for event in events {
                handle(event)
                if isFinished { break }
            }
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
