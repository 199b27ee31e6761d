import ArgumentParser
import Foundation

struct Kills: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "kills", abstract: "SIGKILL at random moments of a scripted session.")
    func run() throws {}
}
