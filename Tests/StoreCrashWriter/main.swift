// store-crash-writer DIR: the writer the crash test kills. Appends entries to the store
// in DIR forever and prints each entry's id once its commit has returned, so the test
// knows which entries were confirmed before the SIGKILL. A test helper, never shipped.
import Foundation
import KeukentafelDomain
import KeukentafelStore

let arguments = CommandLine.arguments.dropFirst()
guard arguments.count == 1, let directory = arguments.first else {
    FileHandle.standardError.write(Data("usage: store-crash-writer DIR\n".utf8))
    exit(2)
}

/// Appends `events`, or ends the process with the store's message (status 3, as the product).
func append(_ events: [Event], to store: EventStore) {
    do {
        try store.append(events)
    } catch {
        FileHandle.standardError.write(Data("store-crash-writer: \(error.description)\n".utf8))
        exit(3)
    }
}

let store: EventStore
do {
    store = try EventStore(directory: directory)
} catch {
    FileHandle.standardError.write(Data("store-crash-writer: \(error.description)\n".utf8))
    exit(3)
}
let family = UUID()
append([Event(familyID: family, time: Date(), author: "crash-test", payload: .familyCreated(.init(name: "crash test")))], to: store)
var n = 0
while true {
    let e = Event(
        familyID: family, time: Date(), author: "crash-test",
        payload: .noteRecorded(.init(entryID: UUID(), text: "regel \(n) van de crashtest")))
    append([e], to: store)
    // Unbuffered: the id is out the moment its commit returned.
    FileHandle.standardOutput.write(Data((e.id.uuidString + "\n").utf8))
    n += 1
}
