/// What a person does with Keukentafel: shown on the home screen and kept with annotations.
public enum WorkerRole: String, Codable, CaseIterable, Sendable, Hashable {
    /// Talks with families (the default).
    case worker
    /// Looks back at sessions with workers (werkbegeleider, gedragswetenschapper).
    case supervisor
    /// Practises the method in role-play.
    case trainee
}

/// Who is working: the name recorded as the author of every event, and their role.
public struct WorkerIdentity: Equatable, Sendable, Hashable {
    public var name: String
    public var role: WorkerRole

    public init(name: String, role: WorkerRole = .worker) {
        self.name = name
        self.role = role
    }
}
