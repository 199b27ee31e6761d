/// Random keys biased to what people press at a kitchen table: mostly text (in the
/// languages families speak, with combining marks and emoji), Enter, Backspace, arrows,
/// the function keys the screens use, Alt-letters and Alt-digits, and now and then a
/// paste, a resize or something odd. All names and sentences are fictional.
struct KeyMix {
    var random: SeededRandom
    /// Also Ctrl-C, Ctrl-Z, Ctrl-\ and Ctrl-S/Ctrl-Q (signals and flow control).
    let allControls: Bool
    /// The largest paste, in bytes.
    let maxPaste: Int
    var size: (columns: Int, rows: Int)

    init(seed: UInt64, allControls: Bool, maxPaste: Int, size: (columns: Int, rows: Int)) {
        random = SeededRandom(seed: seed)
        self.allControls = allControls
        self.maxPaste = maxPaste
        self.size = size
    }

    // MARK: What people type

    static let words: [[String]] = [
        // Dutch, with diacritics and the ij
        [
            "Zoë", "één", "geïnteresseerd", "café", "ruzie", "ochtend", "mama", "is", "moe", "coördinatie", "naïef", "reünie",
            "België", "ideeën", "pannenkoeken", "’s ochtends", "ĳsje", "Curaçao", "enquête", "hè?", "zó", "blij", "school",
            "we", "hebben", "het", "goed", "gedaan", "oma", "Jet", "Noor", "Bram", "Iris", "Milan", "Sandra", "Karim",
        ],
        // Turkish
        ["Ayşe", "çocuklar", "güzel", "İstanbul", "Iğdır", "şöyle", "Gülşen", "öğretmen", "anneannem", "kardeşim", "ığ"],
        // Polish
        ["Zażółć", "gęślą", "jaźń", "Łódź", "Wojciech", "dziękuję", "ŻÓŁW", "mąż", "córka", "źle"],
        // Vietnamese (precomposed and decomposed)
        ["Nguyễn", "Thị", "Hương", "tiếng", "Việt", "cảm ơn", "gia đình", "Vie\u{0302}\u{0323}t", "mẹ", "con"],
        // Arabic, with a right-to-left mark and Arabic-Indic digits
        ["مرحبا", "العائلة", "أمي", "شكرا", "بيت", "\u{200F}ولد", "١٢٣", "إن شاء الله"],
        // Tigrinya (Ge'ez script)
        ["ሰላም", "ስድራ", "ኣደ", "ቆልዓ", "የቐንየለይ", "ኣቦ", "ሓፍተይ"],
        // Chinese, Japanese, Korean, half- and full-width forms
        ["家族", "お母さん", "学校", "你好", "谢谢", "한국어", "가족", "ｶﾀｶﾅ", "ＡＢＣ", "𠮷野家", "ありがとう"],
        // Combining marks, alone and stacked
        [
            "e\u{0301}", "a\u{0308}", "n\u{0303}", "Z\u{0351}\u{0334}a\u{0337}l\u{0336}g\u{0335}o", "\u{0301}", "o\u{0332}\u{0332}",
            "q\u{0307}\u{0323}",
        ],
        // Emoji: ZWJ families, skin tones, flags, keycaps, variation selectors
        ["👨‍👩‍👧‍👦", "👩🏽‍🍳", "🏳️‍🌈", "🇳🇱", "🇪🇷", "1️⃣", "❤️", "👍🏿", "🧑‍🤝‍🧑", "😀", "🫶", "☺︎", "👩‍👧"],
        // Invisible and formatting characters
        ["\u{200B}", "\u{FEFF}", "\u{00AD}", "\u{202E}abc\u{202C}", "\u{2028}", "a\u{200D}b"],
    ]
    static let scriptWeights: [Double] = [40, 7, 6, 7, 7, 5, 9, 5, 10, 2]

    /// Lines the screens understand (quick entry, new family, network), so fuzzing reaches deeper.
    static let phrases: [String] = [
        "Jet, 68, moeder van Iris, woont in Kranenmeer", "Noor, 9, dochter van Iris", "Kees, vader van Bram", "oom van Noor",
        "neef van Zoë", "halfzus van Bram", "stiefvader van Noor", "pleegmoeder van Milan", "ruzie met Bram", "hecht met Iris",
        "geen contact met Kees", "netwerk: juf Marieke, school, dichtbij, praktisch", "netwerk: buurvrouw Ans, buren, midden, gezelschap",
        "weg: Jet", "sectoren: familie, kerk, sport", "overleden 2019", "zwanger", "naam: Rita", "gezinslid", "niet moeder van Noor",
        "Sandra (moeder)", "Milan (3)", "Gezin Vos", "Iris, Bram, Noor (9), oma Jet", "doel 1", "wondervraag", "schaalvraag",
        "Ayşe (moeder), Mehmet (vader), Elif, 7", "Nguyễn Thị Hương, 44, oma van Noor", "vriendin van Bram", "tweeling van Noor",
        "mother of Iris", "uncle of Noor", "conflict with Bram", "network: neighbour Ans, neighbours, close", "remove: Jet",
        "vriend van Iris, 1980", "Kees, 1950, overleden 2020", "netwerk: opa Wim, familie, ver, advies, doel 2",
    ]

    /// Single keys the menus use.
    static let commandKeys: [String] = [
        "n", "o", "b", "/", "p", "r", "L", "?", "q", "j", "k", "y", "a", "h", "c", "t", "e", "m", "v", "s", "x", " ", "+", "-",
        "0", "1", "2", "3", "4", "5", "6", "7", "8", "9",
    ]

    static let esc = "\u{1B}"
    static let functionKeys = [
        "\u{1B}OP", "\u{1B}OQ", "\u{1B}OR", "\u{1B}OS", "\u{1B}[15~", "\u{1B}[17~", "\u{1B}[18~", "\u{1B}[19~", "\u{1B}[20~", "\u{1B}[21~",
        "\u{1B}[23~", "\u{1B}[24~",
    ]
    /// Shift-, Ctrl- and Alt-function keys (xterm's modifier parameter).
    static let modifiedFunctionKeys = ["\u{1B}[1;2P", "\u{1B}[1;5Q", "\u{1B}[15;2~", "\u{1B}[24;5~", "\u{1B}[1;3S", "\u{1B}[21;2~"]
    /// Arrows in the application mode ncurses turns on (keypad), sometimes in normal mode.
    static let arrows = ["\u{1B}OA", "\u{1B}OB", "\u{1B}OC", "\u{1B}OD"]
    static let normalArrows = ["\u{1B}[A", "\u{1B}[B", "\u{1B}[C", "\u{1B}[D"]
    static let modifiedArrows = [
        "\u{1B}[1;5C", "\u{1B}[1;5D", "\u{1B}[1;2A", "\u{1B}[1;2B", "\u{1B}[1;3C", "\u{1B}[1;3D", "\u{1B}[1;5A", "\u{1B}[1;2C",
    ]
    static let navigation = [
        "\u{1B}OH", "\u{1B}OF", "\u{1B}[5~", "\u{1B}[6~", "\u{1B}[2~", "\u{1B}[1~", "\u{1B}[4~", "\u{1B}[H", "\u{1B}[F",
    ]
    /// Things a terminal sends that nobody meant as keys: focus reports, mouse reports,
    /// unknown and cut-off sequences, bytes that are not UTF-8, a paste that never ends.
    static let odd: [[UInt8]] = [
        Array("\u{1B}[I".utf8), Array("\u{1B}[O".utf8), Array("\u{1B}[<0;10;5M".utf8), Array("\u{1B}[<64;3;3M".utf8),
        Array("\u{1B}[M !!".utf8), Array("\u{1B}[999~".utf8), Array("\u{1B}[1;9Z".utf8), Array("\u{1B}O".utf8), Array("\u{1B}[".utf8),
        [0xFF], [0xC3], [0xED, 0xA0, 0x80], [0xC0, 0xAF], [0xF4, 0x90, 0x80, 0x80], Array("\u{1B}[200~half a paste".utf8),
        Array("\u{1B}[201~".utf8), Array("\u{1B}\u{1B}[A".utf8), [0x00],
    ]

    // MARK: Batches

    /// The next batch of actions (ending before a probe); `keys` counts the keys in it.
    mutating func nextBatch() -> (actions: [FuzzAction], keys: Int) {
        var actions: [FuzzAction] = []
        var keys = 0
        // A probe after every burst costs a full redraw: about fifty keys between probes.
        let target = random.chance(0.7) ? Int.random(in: 1...40, using: &random) : Int.random(in: 41...150, using: &random)
        while keys < target {
            let (more, count) = nextKey()
            actions += more
            keys += count
        }
        return (actions, keys)
    }

    enum Kind: CaseIterable {
        case word, phrase, command, enter, backspace, delete, tab, backTab, arrow, modifiedArrow, navigation, function
        case modifiedFunction, escape, altLetter, altDigit, control, paste, resize, odd, signalControl
    }

    var weights: [Double] {
        Kind.allCases.map { kind in
            switch kind {
            case .word: 30
            case .phrase: 4
            case .command: 7
            case .enter: 7
            case .backspace: 5
            case .delete: 1
            case .tab: 2
            case .backTab: 1
            case .arrow: 7
            case .modifiedArrow: 1.5
            case .navigation: 3
            case .function: 8
            case .modifiedFunction: 0.5
            case .escape: 3
            case .altLetter: 5
            case .altDigit: 4
            case .control: 2.5
            case .paste: 1.2
            case .resize: 0.6
            case .odd: 0.4
            case .signalControl: allControls ? 0.5 : 0
            }
        }
    }

    mutating func nextKey() -> (actions: [FuzzAction], keys: Int) {
        func w(_ s: String) -> FuzzAction { .write(Array(s.utf8)) }
        switch Kind.allCases[random.weighted(weights)] {
        case .word:
            let script = random.weighted(Self.scriptWeights)
            var word = random.pick(Self.words[script])
            if random.chance(0.6) { word += random.pick([" ", " ", " ", ", ", ". ", "? ", "!"]) }
            return typed(word)
        case .phrase:
            return typed(random.pick(Self.phrases))
        case .command: return ([w(random.pick(Self.commandKeys))], 1)
        case .enter: return ([w("\r")], 1)
        case .backspace: return ([w(random.chance(0.9) ? "\u{7F}" : "\u{08}")], 1)
        case .delete: return ([w("\u{1B}[3~")], 1)
        case .tab: return ([w("\t")], 1)
        case .backTab: return ([w("\u{1B}[Z")], 1)
        case .arrow: return ([w(random.chance(0.9) ? random.pick(Self.arrows) : random.pick(Self.normalArrows))], 1)
        case .modifiedArrow: return ([w(random.pick(Self.modifiedArrows))], 1)
        case .navigation: return ([w(random.pick(Self.navigation))], 1)
        case .function: return ([w(random.pick(Self.functionKeys))], 1)
        case .modifiedFunction: return ([w(random.pick(Self.modifiedFunctionKeys))], 1)
        case .escape:
            // A lone Escape, then a pause longer than the program's 25 ms escape delay.
            return ([w(Self.esc), .pause(milliseconds: 60)], 1)
        case .altLetter:
            let letter = random.pick(Array("abcdefghijklmnopqrstuvwxyz")).description
            return ([w(Self.esc + (random.chance(0.2) ? letter.uppercased() : letter))], 1)
        case .altDigit:
            return ([w(Self.esc + String(Int.random(in: 0...9, using: &random)))], 1)
        case .control:
            // Ctrl-A … Ctrl-Y and Ctrl-] ^ _ @, without the ones that signal or stop output.
            let excluded: Set<UInt8> = [0x03, 0x11, 0x13, 0x1A]
            var byte: UInt8
            repeat {
                byte = random.chance(0.9) ? UInt8.random(in: 0x01...0x1A, using: &random) : random.pick([0x00, 0x1D, 0x1E, 0x1F])
            } while excluded.contains(byte)
            return ([.write([byte])], 1)
        case .signalControl:
            return ([.write([random.pick([0x03, 0x1A, 0x1C, 0x13, 0x11])])], 1)
        case .paste:
            return ([.write(Array(("\u{1B}[200~" + pasteText() + "\u{1B}[201~").utf8))], 1)
        case .resize:
            size = randomSize()
            return ([.resize(columns: size.columns, rows: size.rows)], 0)
        case .odd:
            return ([.write(random.pick(Self.odd))], 1)
        }
    }

    /// A word typed one character (grapheme) per write, or now and then all at once as an
    /// input method commits it.
    mutating func typed(_ text: String) -> (actions: [FuzzAction], keys: Int) {
        if random.chance(0.15) { return ([.write(Array(text.utf8))], 1) }
        let keys = text.map { FuzzAction.write(Array(String($0).utf8)) }
        return (keys, keys.count)
    }

    mutating func randomSize() -> (columns: Int, rows: Int) {
        switch random.weighted([60, 25, 15]) {
        case 0: return random.pick([(80, 24), (120, 40), (100, 30), (200, 50), (132, 43), (90, 28), (160, 48), (60, 20)])
        case 1: return (Int.random(in: 1...400, using: &random), Int.random(in: 1...150, using: &random))
        default: return (Int.random(in: 1...10, using: &random), Int.random(in: 1...5, using: &random))
        }
    }

    /// The probe after a batch: one row more or less, which moves the hint line at the
    /// bottom of every screen, so the program must draw. A tiny terminal may draw nothing
    /// new at all: from there the probe goes to an ordinary size.
    mutating func probeSize() -> (columns: Int, rows: Int) {
        if size.columns < 20 || size.rows < 10 {
            size = random.pick([(80, 24), (100, 30), (120, 40)])
        } else {
            size.rows += size.rows >= 150 || random.chance(0.5) ? -1 : 1
        }
        return size
    }

    /// A paste: mostly a sentence or a few lines, sometimes kilobytes, rarely up to `maxPaste`.
    mutating func pasteText() -> String {
        let target: Int
        switch random.weighted([70, 25, 5]) {
        case 0: target = Int.random(in: 1...200, using: &random)
        case 1: target = Int.random(in: 1_000...5_000, using: &random)
        default: target = Int.random(in: 20_000...max(20_000, maxPaste), using: &random)
        }
        var text = ""
        while text.utf8.count < min(target, maxPaste) {
            if random.chance(0.3) {
                text += random.pick(Self.phrases)
            } else {
                text += random.pick(Self.words[random.weighted(Self.scriptWeights)])
            }
            text += random.pick([" ", " ", " ", "\n", "\r\n", "\t", ", ", ". "])
        }
        // Cut at a character boundary under the limit.
        while text.utf8.count > maxPaste, !text.isEmpty { text.removeLast() }
        return text
    }
}
