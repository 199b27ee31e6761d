import Foundation

/// Reads and checks a caseload's export files on a second thread while the ones before
/// them are written, and frees what was written there too (taking a family's thousands of
/// events apart cost the writer about as much as reading them). At most `limit` read files
/// wait to be written, so an import holds a few families in memory, not the whole caseload.
final class ImportReadAhead: @unchecked Sendable {
    // Everything below is guarded by `condition`.
    private let condition = NSCondition()
    private var ready: [Int: Result<FamilyExport.Read, StoreError>] = [:]
    private var written: [FamilyExport.Read] = []
    private var taken = 0
    private var stopped = false
    private var finished = false

    /// Starts reading files `0..<count` in order, `read` reading and checking each one.
    init(count: Int, limit: Int = 4, read: @escaping @Sendable (Int) -> Result<FamilyExport.Read, StoreError>) {
        let thread = Thread { [self] in
            for index in 0..<count {
                condition.lock()
                // Freed before each file, not only while waiting: a reader slower than the
                // writer never waits, and the written families piled up to the end (200 MB).
                freeWritten()
                while !stopped && index - taken >= limit { waitFreeingWritten() }
                let stop = stopped
                condition.unlock()
                if stop { break }
                let result = read(index)
                condition.lock()
                ready[index] = result
                condition.broadcast()
                condition.unlock()
            }
            condition.lock()
            while !stopped { waitFreeingWritten() }
            finished = true
            condition.broadcast()
            condition.unlock()
        }
        // The thorough reader (Foundation's JSON) recurses into nested values: the main thread's stack size.
        thread.stackSize = 8 << 20
        thread.start()
    }

    /// Waits for a change, first freeing (unlocked) what the writer has handed back.
    /// Called with the lock held; returns with it held.
    private func waitFreeingWritten() {
        if written.isEmpty { condition.wait() } else { freeWritten() }
    }

    /// Frees (unlocked) what the writer has handed back. Called with the lock held; returns
    /// with it held.
    private func freeWritten() {
        guard !written.isEmpty else { return }
        do {
            // The block ends the files' lifetime, and frees them, before the lock is taken again.
            let done = written
            written = []
            condition.unlock()
            withExtendedLifetime(done) {}
        }
        condition.lock()
    }

    /// Hands a written file back, to be freed on the reading thread.
    func discard(_ read: FamilyExport.Read) {
        condition.lock()
        written.append(read)
        condition.broadcast()
        condition.unlock()
    }

    /// The read of file `index`, waiting for it; files are taken in order, each once.
    func take(_ index: Int) -> Result<FamilyExport.Read, StoreError> {
        condition.lock()
        defer { condition.unlock() }
        while ready[index] == nil { condition.wait() }
        taken = index + 1
        condition.broadcast()
        return ready.removeValue(forKey: index)!
    }

    /// Stops reading (the rest is not wanted) and waits until the thread is done, so nothing
    /// of the import runs on after it has answered.
    func finish() {
        condition.lock()
        stopped = true
        condition.broadcast()
        while !finished { condition.wait() }
        ready.removeAll()
        written.removeAll()
        condition.unlock()
    }
}
