import Testing

@testable import TerminalUI

/// A tiny program: a counter whose `save` command is performed by the edge.
private struct Counter: Equatable {
    var value = 0
    var saved: [Int] = []
    var done = false
}
private enum CounterAction { case input(InputEvent), saved(Int) }
private enum CounterCommand: Equatable { case save(Int) }

@Suite("Run loop")
struct AppLoopTests {
    fileprivate func program(log: Box) -> Program<Counter, CounterAction, CounterCommand> {
        Program(
            update: { state, action in
                switch action {
                case .input(.key(let k)) where k == .char("+"):
                    state.value += 1
                    return [.save(state.value)]
                case .input(.interrupt), .input(.key(KeyPress(.character("q"), []))):
                    state.done = true
                case .saved(let v):
                    state.saved.append(v)
                default:
                    break
                }
                return []
            },
            view: { state, canvas in canvas.put("teller \(state.value)", at: Point(x: 0, y: 0)) },
            actionForEvent: { _, e in .input(e) },
            perform: { command in
                log.commands.append(command)
                if case .save(let v) = command { return [.saved(v)] }
                return []
            },
            isFinished: { $0.done })
    }

    fileprivate final class Box: @unchecked Sendable { var commands: [CounterCommand] = [] }

    @Test("commands are performed by the edge and their answers fed back in order")
    func effects() {
        let log = Box()
        let loop = AppLoop(program: program(log: log), state: Counter())
        loop.handle(.key(.char("+")))
        loop.handle(.key(.char("+")))
        #expect(log.commands == [.save(1), .save(2)])
        #expect(loop.state.saved == [1, 2])
    }

    @Test("redraws only when the state or the size changed")
    func redrawOnlyOnChange() {
        let loop = AppLoop(program: program(log: Box()), state: Counter())
        let term = HeadlessTerminal(size: Size(width: 20, height: 2))
        loop.redrawIfNeeded(on: term)
        loop.handle(.key(.char("x")))  // ignored: no change
        loop.redrawIfNeeded(on: term)
        #expect(loop.drawCount == 1)
        loop.handle(.key(.char("+")))
        loop.redrawIfNeeded(on: term)
        #expect(loop.drawCount == 2)
        term.size = Size(width: 10, height: 2)
        loop.redrawIfNeeded(on: term)
        #expect(loop.drawCount == 3)
        #expect(term.lastFrame?.row(0) == "teller 1")
    }

    @Test("runs a headless script to the end and stops on interrupt")
    func headlessRun() {
        let loop = AppLoop(program: program(log: Box()), state: Counter())
        let term = HeadlessTerminal(
            size: Size(width: 20, height: 2),
            script: [.key(.char("+")), .resize(Size(width: 12, height: 1)), .key(.char("+"))])
        loop.run(on: term)
        #expect(loop.isFinished)
        #expect(loop.state.value == 2)
        #expect(term.frames.last?.size == Size(width: 12, height: 1))
        // First frame, then one per change: "+", resize, "+".
        #expect(term.frames.count == 4)
    }
}
