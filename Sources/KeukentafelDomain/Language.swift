/// The languages of the user interface.
public enum Language: String, CaseIterable, Sendable, Hashable {
    case nl, en

    /// The language from `--lang`, else from the locale environment: a value starting
    /// with `nl` gives Dutch, anything else English. `LC_ALL`, then `LC_MESSAGES`, then
    /// `LANG`, as POSIX orders them.
    public static func resolve(option: String?, environment: [String: String]) -> Language? {
        if let option {
            return Language(rawValue: option.lowercased())
        }
        for name in ["LC_ALL", "LC_MESSAGES", "LANG"] {
            if let v = environment[name], !v.isEmpty {
                return v.lowercased().hasPrefix("nl") ? .nl : .en
            }
        }
        return .en
    }

    /// The other language (for the in-app switch).
    public var other: Language { self == .nl ? .en : .nl }
}
