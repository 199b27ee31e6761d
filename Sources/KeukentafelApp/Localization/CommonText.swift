/// Fixed texts for the shell and for keys shared by several screens: hints, help, notices, dates.
public enum CommonText: Hashable, Sendable, CaseIterable {
    case appName
    case hintChoose, hintOpen, hintHelp, hintPaste
    case helpTitle, helpFooter
    case helpMove, helpOpen
    case helpHelp, helpInterrupt
    case helpPasteKeepsLines
    case tooSmallTitle
    case notYetTitle
    case notSavedTitle
    case familySavedTitle
    case ok
    case hintBack
    case pasteTooLongTitle

    /// Dutch and English; the tuple makes the compiler insist on both.
    var translations: (nl: String, en: String) {
        switch self {
        case .appName: return ("Keukentafel", "Keukentafel")
        case .hintChoose: return ("kiezen", "choose")
        case .hintOpen: return ("openen", "open")
        case .hintHelp: return ("hulp", "help")
        case .hintPaste: return ("Plakken", "Paste")
        case .helpTitle: return ("Toetsen", "Keys")
        case .helpFooter: return ("Een andere toets sluit deze hulp.", "Any other key closes this help.")
        case .helpMove: return ("Kies een onderdeel", "Choose an item")
        case .helpOpen: return ("Open het gekozen onderdeel", "Open the chosen item")
        case .helpHelp: return ("Deze hulp", "This help")
        case .helpInterrupt: return ("Direct stoppen (overal)", "Quit at once (anywhere)")
        case .helpPasteKeepsLines:
            return (
                "Plakken houdt regels bij elkaar, zonder te versturen",
                "Pasting keeps lines together and never submits"
            )
        case .tooSmallTitle: return ("Venster te klein", "Window too small")
        case .notYetTitle: return ("Nog niet beschikbaar", "Not available yet")
        case .notSavedTitle: return ("Niet opgeslagen", "Not saved")
        case .familySavedTitle: return ("Opgeslagen", "Saved")
        case .ok: return ("OK", "OK")
        case .hintBack: return ("terug", "back")
        case .pasteTooLongTitle: return ("Te lang om te plakken", "Too long to paste")
        }
    }
}

/// Texts built from values, for the shell and for keys shared by several screens: hints, help, notices, dates.
public enum CommonFormat: Hashable, Sendable {
    // One case a line: the localisation test reads these declarations to find cases without a sample.
    case tooSmall(width: Int, height: Int)
    case notSaved(String)
    case weekday(Int)
    case month(Int)
    case pasteTooLong(limit: Int, room: Int)
    case syncState(SyncStatus, today: LocalTime)

    /// Dutch and English; the tuple makes the compiler insist on both.
    var translations: (nl: String, en: String) {
        switch self {
        case .tooSmall(let w, let h):
            return (
                "Dit venster is \(w)×\(h). Maak het groter (liefst 80×24); er gaat niets verloren.",
                "This window is \(w)×\(h). Please make it larger (80×24 is best); nothing is lost."
            )
        case .notSaved(let detail):
            return (
                "Niet opgeslagen: \(detail) Uw invoer staat nog in het formulier; probeer het zo opnieuw.",
                "Not saved: \(detail) Your entry is still in the form; please try again shortly."
            )
        case .weekday(let d):
            let nl = ["zondag", "maandag", "dinsdag", "woensdag", "donderdag", "vrijdag", "zaterdag"]
            let en = ["Sunday", "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday"]
            let i = (d - 1 + 7) % 7
            return (nl[i], en[i])
        case .month(let m):
            let nl = [
                "januari", "februari", "maart", "april", "mei", "juni", "juli", "augustus",
                "september", "oktober", "november", "december",
            ]
            let en = [
                "January", "February", "March", "April", "May", "June", "July", "August",
                "September", "October", "November", "December",
            ]
            let i = (m - 1 + 12) % 12
            return (nl[i], en[i])
        case .pasteTooLong(let limit, let room) where room < limit:
            return (
                "Dit veld neemt hoogstens \(Self.grouped(limit, ".")) tekens en heeft nog ruimte voor \(Self.grouped(room, ".")). "
                    + "Er is niets ingevoegd; de geplakte tekst staat nog op het klembord.",
                "This field takes at most \(Self.grouped(limit, ",")) characters and has room for \(Self.grouped(room, ",")) more. "
                    + "Nothing was inserted; the pasted text is still on the clipboard."
            )
        case .syncState(let sync, let today):
            if sync.running { return ("⇅ synchroniseren…", "⇅ syncing…") }
            guard let last = sync.last else {
                return sync.failed ? ("⇅ sync mislukt", "⇅ sync failed") : ("⇅ nog niet gesynchroniseerd", "⇅ not synced yet")
            }
            let sameDay = last.year == today.year && last.month == today.month && last.day == today.day
            let when = (
                nl: sameDay ? last.clock : "\(last.day) \(UIText.commonFormat(.month(last.month)).text(.nl).prefix(3))",
                en: sameDay ? last.clock : "\(last.day) \(UIText.commonFormat(.month(last.month)).text(.en).prefix(3))"
            )
            return sync.failed
                ? ("⇅ sync mislukt (laatste \(when.nl))", "⇅ sync failed (last \(when.en))")
                : ("⇅ sync \(when.nl)", "⇅ synced \(when.en)")
        case .pasteTooLong(let limit, _):
            return (
                "Dit veld neemt hoogstens \(Self.grouped(limit, ".")) tekens. Er is niets ingevoegd; de geplakte tekst staat nog op het klembord.",
                "This field takes at most \(Self.grouped(limit, ",")) characters. Nothing was inserted; the pasted text is still on the clipboard."
            )
        }
    }

    /// 100000 as 100.000 (Dutch) or 100,000 (English).
    static func grouped(_ n: Int, _ separator: String) -> String {
        var digits = String(n)
        var groups: [Substring] = []
        while digits.count > 3 {
            groups.insert(Substring(digits.suffix(3)), at: 0)
            digits.removeLast(3)
        }
        return ([Substring(digits)] + groups).joined(separator: separator)
    }
}
