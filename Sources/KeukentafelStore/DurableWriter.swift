import Foundation
import KeukentafelDomain

/// Appends batches in order and never drops one: a batch that cannot be written
/// (full disk, read-only store) waits in memory, and later batches queue behind it,
/// until `retry` gets them all in.
public final class DurableWriter {
    public let store: EventStore
    /// Batches not yet committed, oldest first.
    public private(set) var pending: [[Event]] = []
    /// The last failure, for the screen to show; nil once everything is saved.
    public private(set) var lastError: StoreError?

    public init(store: EventStore) { self.store = store }

    /// True when nothing is waiting: everything submitted is durable.
    public var isSaved: Bool { pending.isEmpty }

    /// Queues a batch and tries to write everything queued. True when all is committed.
    @discardableResult
    public func submit(_ events: [Event]) -> Bool {
        if !events.isEmpty { pending.append(events) }
        return retry()
    }

    /// Forgets what is waiting, for a caller that keeps the entry itself (a form still on screen).
    public func discardPending() { pending.removeAll() }

    /// Tries to write what is waiting, in order; stops at the first failure.
    @discardableResult
    public func retry() -> Bool {
        while let batch = pending.first {
            do {
                try store.append(batch)
                pending.removeFirst()
            } catch {
                lastError = error
                return false
            }
        }
        lastError = nil
        return true
    }
}
