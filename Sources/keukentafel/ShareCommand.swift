import ArgumentParser
import Foundation
import KeukentafelDomain
import KeukentafelStore
import Sharing

/// A sentence in the user's language (the sharing commands speak Dutch and English).
func tr(_ language: Language, nl: String, en: String) -> String { language == .nl ? nl : en }

/// `keukentafel share FAMILY… -o FILE.ktb [--passphrase-file FILE]`.
struct ShareCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "share",
        abstract: "Hand families over: one or more families in one encrypted bundle (.ktb), under a passphrase.",
        discussion: """
            The passphrase is asked twice without showing it, or read from --passphrase-file (its first line). \
            Read it back with: keukentafel import FILE.ktb
            """)
    @OptionGroup var storeOptions: StoreOptions
    @Argument(help: "The families: each its name, part of it, or its id.") var families: [String]
    @OptionGroup var output: OutputOptions
    @Option(name: .customLong("passphrase-file"), help: ArgumentHelp("Read the passphrase from this file's first line.", valueName: "file"))
    var passphraseFile: String?
    @OptionGroup var common: CommonOptions

    /// Shorter passphrases fall to guessing even through scrypt.
    static let minimumLength = 12

    func validate() throws {
        if families.isEmpty { throw ValidationError("Name the families to share: keukentafel share FAMILY… -o FILE.ktb") }
        guard output.output != nil else {
            throw ValidationError("A bundle goes to a file: add -o FILE.ktb (it is never written to the terminal).")
        }
    }

    func run() throws {
        let language = common.language(ProcessInfo.processInfo.environment)
        let store = try storeOptions.open()
        var ids: [UUID] = []
        var names: [String] = []
        for query in families {
            let found = try storeAction { () throws(StoreError) in try store.findFamily(query) }
            guard !ids.contains(found.id) else { continue }
            ids.append(found.id)
            names.append(found.name)
        }
        let passphrase = try Passphrase.read(file: passphraseFile, confirm: true, language: language)
        guard passphrase.count >= Self.minimumLength else {
            complain(
                tr(
                    language,
                    nl:
                        "de wachtzin is te kort: gebruik minstens \(Self.minimumLength) tekens (een paar losse woorden). Er is niets geschreven.",
                    en:
                        "the passphrase is too short: use at least \(Self.minimumLength) characters (a few loose words). Nothing was written."
                ))
            throw ExitCode(1)
        }
        let exports = try storeAction { () throws(StoreError) in try store.exportsForSharing(ids, user: currentUser()) }
        let bundle: Data
        do {
            bundle = try SharingBundle.seal(exports, passphrase: passphrase)
        } catch {
            complain(
                tr(
                    language, nl: "versleutelen mislukt: \(error). Er is niets geschreven.",
                    en: "encryption failed: \(error). Nothing was written."))
            throw ExitCode(1)
        }
        try output.write(bundle)
        let p = SharingBundle.KDFParameters.standard
        let count = ids.count
        print(
            tr(
                language,
                nl:
                    "\(count) \(count == 1 ? "gezin" : "gezinnen") versleuteld in \(output.output ?? ""): \(names.joined(separator: ", ")).",
                en: "\(count) \(count == 1 ? "family" : "families") encrypted in \(output.output ?? ""): \(names.joined(separator: ", ")).")
        )
        print(
            tr(
                language,
                nl:
                    "scrypt (N=2^\(p.log2N), r=\(p.r), p=\(p.p), \(p.memoryBytes >> 20) MiB) en ChaCha20-Poly1305. Geef de wachtzin apart door, nooit met het bestand.",
                en:
                    "scrypt (N=2^\(p.log2N), r=\(p.r), p=\(p.p), \(p.memoryBytes >> 20) MiB) and ChaCha20-Poly1305. Pass the passphrase on separately, never with the file."
            ))
    }
}

/// Reading a bundle for `import`: checked before the passphrase is asked, opened whole,
/// imported all or nothing.
enum BundleImport {
    /// A `.ktb` name, or a file that starts like a bundle whatever its name.
    static func isBundle(_ path: String) -> Bool {
        if path.lowercased().hasSuffix("." + SharingBundle.fileExtension) { return true }
        guard let handle = FileHandle(forReadingAtPath: path) else { return false }
        defer { try? handle.close() }
        return SharingBundle.looksLikeBundle((try? handle.read(upToCount: SharingBundle.magic.count)) ?? Data())
    }

    static func run(_ path: String, passphraseFile: String?, store storeOptions: StoreOptions) throws {
        let language = Language.resolve(option: nil, environment: ProcessInfo.processInfo.environment) ?? .en
        func refuse(_ error: SharingBundle.OpenError) -> ExitCode {
            complain("\(path): \(message(error, language)) " + tr(language, nl: "Er is niets geïmporteerd.", en: "Nothing was imported."))
            return ExitCode(3)
        }
        let file = try read(path, language: language)
        do {
            try SharingBundle.check(file)
        } catch {
            throw refuse(error)
        }
        let passphrase = try Passphrase.read(file: passphraseFile, confirm: false, language: language)
        let exports: [Data]
        do {
            exports = try SharingBundle.open(file, passphrase: passphrase)
        } catch {
            throw refuse(error)
        }
        let store = try storeOptions.open()
        let ids = try importAction { () throws(StoreError) in try store.importFamilies(exports, user: currentUser()) }
        let names = ((try? store.families()) ?? []).filter { ids.contains($0.id) }.map(\.name)
        print(
            tr(
                language, nl: "\(ids.count) \(ids.count == 1 ? "gezin" : "gezinnen") geïmporteerd: \(names.joined(separator: ", ")).",
                en: "Imported \(ids.count) \(ids.count == 1 ? "family" : "families"): \(names.joined(separator: ", ")).")
        )
    }

    /// The whole file, refused unread past the size limit.
    private static func read(_ path: String, language: Language) throws -> Data {
        var isDirectory: ObjCBool = false
        guard FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory), !isDirectory.boolValue,
            let handle = FileHandle(forReadingAtPath: path)
        else {
            complain(tr(language, nl: "kan \(path) niet lezen", en: "cannot read \(path)"))
            throw ExitCode(1)
        }
        defer { try? handle.close() }
        do {
            let limit = SharingBundle.sizeLimit + SharingBundle.headerSize + 16
            let data = try handle.read(upToCount: limit + 1) ?? Data()
            guard data.count <= limit else {
                complain("\(path): \(message(.tooLarge, language))")
                throw ExitCode(3)
            }
            return data
        } catch let exit as ExitCode {
            throw exit
        } catch {
            complain(tr(language, nl: "kan \(path) niet lezen: ", en: "cannot read \(path): ") + error.localizedDescription)
            throw ExitCode(1)
        }
    }

    static func message(_ error: SharingBundle.OpenError, _ language: Language) -> String {
        switch error {
        case .notABundle:
            return tr(language, nl: "dit is geen Keukentafel-bundel (.ktb).", en: "this is not a Keukentafel bundle (.ktb).")
        case .unknownVersion(let v):
            return tr(
                language,
                nl: "bundelversie \(v) kent deze Keukentafel niet (hij leest versie \(SharingBundle.version)); werk Keukentafel bij.",
                en: "bundle version \(v) is unknown to this Keukentafel (it reads version \(SharingBundle.version)); please update.")
        case .unknownAlgorithm:
            return tr(
                language, nl: "de bundel noemt een versleuteling die deze Keukentafel niet kent: beschadigd of van een nieuwere versie.",
                en: "the bundle names an encryption this Keukentafel does not know: damaged or from a newer version.")
        case .unacceptableParameters:
            return tr(
                language, nl: "de sleutelparameters in de kop zijn beschadigd of vragen te veel geheugen.",
                en: "the key parameters in its header are damaged or ask for too much memory.")
        case .cutShort(let missing):
            return tr(
                language, nl: "het bestand is afgebroken: er ontbreken \(missing) bytes.",
                en: "the file was cut short: \(missing) bytes are missing.")
        case .addedTo(let extra):
            return tr(
                language, nl: "het bestand heeft \(extra) bytes meer dan de kop zegt: het is veranderd.",
                en: "the file has \(extra) bytes more than its header says: it was changed.")
        case .wrongPassphraseOrChanged:
            return tr(
                language, nl: "verkeerde wachtzin, of het bestand is veranderd nadat het gemaakt werd.",
                en: "wrong passphrase, or the file was changed after it was made.")
        case .damagedInside:
            return tr(language, nl: "de inhoud is beschadigd.", en: "its content is damaged.")
        case .tooLarge:
            return tr(
                language, nl: "het bestand is groter dan 1 GiB en wordt niet gelezen.", en: "the file is larger than 1 GiB and is not read."
            )
        }
    }
}
