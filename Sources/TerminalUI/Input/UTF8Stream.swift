/// Turns bytes read straight from the terminal into Unicode scalars, one byte at a time,
/// so a character split across two reads still comes out whole. Bytes that are not
/// UTF-8 (overlong forms included) come out as U+FFFD, never as a control that could act
/// as a key.
public struct UTF8Stream: Sendable {
    private var value: UInt32 = 0
    private var needed = 0
    private var minimum: UInt32 = 0

    public init() {}

    /// True while a character is half-read.
    public var isPending: Bool { needed > 0 }

    /// Feeds one byte; returns the scalars it completes, in order: none, one, or two when
    /// a broken sequence ends in a byte that starts something new.
    public mutating func push(_ byte: UInt8) -> (Unicode.Scalar?, Unicode.Scalar?) {
        var broken: Unicode.Scalar?
        if needed > 0 {
            if byte & 0xC0 == 0x80 {
                value = value << 6 | UInt32(byte & 0x3F)
                needed -= 1
                guard needed == 0 else { return (nil, nil) }
                return (value >= minimum ? Unicode.Scalar(value) ?? "\u{FFFD}" : "\u{FFFD}", nil)
            }
            // The sequence broke off: what was read is replaced, this byte starts afresh.
            needed = 0
            broken = "\u{FFFD}"
        }
        let scalar: Unicode.Scalar?
        switch byte {
        case 0..<0x80:
            scalar = Unicode.Scalar(byte)
        case 0xC2..<0xE0:
            value = UInt32(byte & 0x1F)
            (needed, minimum, scalar) = (1, 0x80, nil)
        case 0xE0..<0xF0:
            value = UInt32(byte & 0x0F)
            (needed, minimum, scalar) = (2, 0x800, nil)
        case 0xF0..<0xF5:
            value = UInt32(byte & 0x07)
            (needed, minimum, scalar) = (3, 0x10000, nil)
        default:
            scalar = "\u{FFFD}"
        }
        return broken.map { ($0, scalar) } ?? (scalar, nil)
    }
}
