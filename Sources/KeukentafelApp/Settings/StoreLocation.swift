/// Where the store lives: `--store`, else `KEUKENTAFEL_STORE`, else
/// `$XDG_DATA_HOME/keukentafel`, else `~/.local/share/keukentafel`.
public struct StoreLocation: Equatable, Sendable {
    public var path: String
    /// Which rule chose the path (shown in `--help` and useful in messages).
    public var source: Source

    public enum Source: String, Sendable { case option, environment, xdg, home }

    public init(path: String, source: Source) {
        self.path = path
        self.source = source
    }

    public static func resolve(option: String?, environment: [String: String]) -> StoreLocation? {
        if let option, !option.isEmpty { return StoreLocation(path: option, source: .option) }
        if let v = environment["KEUKENTAFEL_STORE"], !v.isEmpty { return StoreLocation(path: v, source: .environment) }
        // The XDG spec says a relative XDG_DATA_HOME is invalid and must be ignored.
        if let xdg = environment["XDG_DATA_HOME"], xdg.hasPrefix("/") {
            return StoreLocation(path: join(xdg, "keukentafel"), source: .xdg)
        }
        if let home = environment["HOME"], !home.isEmpty {
            return StoreLocation(path: join(home, ".local/share/keukentafel"), source: .home)
        }
        return nil
    }

    /// Where practice families live: a store of their own inside this one, so nothing of a
    /// role-play reaches the real families' lists, search, exports or caseload, and all of
    /// it goes at once by removing the folder.
    public var practice: StoreLocation { StoreLocation(path: Self.join(path, "practice"), source: source) }

    /// The path with the home directory shown as `~`, for display.
    public func display(home: String?) -> String {
        guard let home, !home.isEmpty, home != "/" else { return path }
        let h = home.hasSuffix("/") ? String(home.dropLast()) : home
        if path == h { return "~" }
        if path.hasPrefix(h + "/") { return "~" + path.dropFirst(h.count) }
        return path
    }

    private static func join(_ a: String, _ b: String) -> String {
        a.hasSuffix("/") ? a + b : a + "/" + b
    }
}
