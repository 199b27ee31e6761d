import Foundation

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

extension WorkerIdentity {
    /// Who is working, first found wins: `--worker` (and `--role`), the config file's
    /// `name:` and `role:` lines, then the login name. The file's role goes with the file's
    /// name only; no role anywhere means `worker`.
    public static func resolve(option: String?, roleOption: WorkerRole?, config: String?, loginName: String?) -> WorkerIdentity {
        let file = config.map(parseConfig) ?? [:]
        let name = [option, file["name"], loginName].compactMap { $0.map(trimmedSpaces) }.first { !$0.isEmpty }
        // Someone else at a shared laptop (`--worker`) does not take the config file's role.
        let named = option.map { !trimmedSpaces($0).isEmpty } ?? false
        let fileRole = named ? nil : file["role"].flatMap { WorkerRole(rawValue: $0.lowercased()) }
        let role = roleOption ?? fileRole ?? .worker
        return WorkerIdentity(name: name ?? "unknown", role: role)
    }

    /// The config file's `key: value` lines (a small YAML subset); `#` starts a comment.
    public static func parseConfig(_ text: String) -> [String: String] {
        var fields: [String: String] = [:]
        for raw in text.split(whereSeparator: \.isNewline) {
            let line = raw.split(separator: "#", maxSplits: 1, omittingEmptySubsequences: false).first ?? ""
            guard let colon = line.firstIndex(of: ":") else { continue }
            let key = trimmedSpaces(line[..<colon]).lowercased()
            var value = trimmedSpaces(line[line.index(after: colon)...])
            if value.count >= 2, let q = value.first, q == "\"" || q == "'", value.last == q {
                value = String(value.dropFirst().dropLast())
            }
            if !key.isEmpty { fields[key] = value }
        }
        return fields
    }
}

/// `text` without the spaces and tabs at either end, as `trimmingCharacters(in: .whitespaces)`
/// gives it (Unicode's space separators, the tab and, as Foundation counts it, the zero-width
/// space; scalar by scalar), without Foundation:
/// the worker's name is resolved before the first frame, and bridging to `NSString` for it
/// was a twentieth of starting.
public func trimmedSpaces<S: StringProtocol>(_ text: S) -> String {
    func isSpace(_ s: Unicode.Scalar) -> Bool {
        s == "\t" || s == "\u{200B}" || s.properties.generalCategory == .spaceSeparator
    }
    let scalars = text.unicodeScalars
    guard let first = scalars.firstIndex(where: { !isSpace($0) }), let last = scalars.lastIndex(where: { !isSpace($0) }) else {
        return ""
    }
    var trimmed = String.UnicodeScalarView()
    trimmed.append(contentsOf: scalars[first...last])
    return String(trimmed)
}
