using System.Buffers.Binary;

namespace PlanDsl.Runtime.Compiled;

/// <summary>
/// The PE image checksum (the optional header's CheckSum field, as Windows' CheckSumMappedFile computes it):
/// the file summed as 16-bit little-endian words with end-around carry, the field itself read as zero, plus
/// the file's length. <c>plandsl build</c> stamps it; <see cref="PlanCatalog.Load"/> checks it, so a flipped
/// byte or a truncated file is refused before anything is loaded.
/// </summary>
public static class PeChecksum
{
    /// <summary>The offset of the CheckSum field, or -1 when the bytes are not a PE image.</summary>
    public static int FieldOffset(ReadOnlySpan<byte> image)
    {
        if (image.Length < 0x40 || image[0] != (byte)'M' || image[1] != (byte)'Z') return -1;
        var peHeader = BinaryPrimitives.ReadInt32LittleEndian(image[0x3C..]);
        // "PE\0\0", then the 20-byte COFF header, then the optional header whose CheckSum is at +64.
        if (peHeader < 0 || (peHeader & 1) != 0 || peHeader > image.Length - 24 - 68) return -1;
        if (image[peHeader] != (byte)'P' || image[peHeader + 1] != (byte)'E' || image[peHeader + 2] != 0 || image[peHeader + 3] != 0) return -1;
        return peHeader + 24 + 64;
    }

    /// <summary>The checksum of the image, its own field read as zero.</summary>
    public static uint Compute(ReadOnlySpan<byte> image)
    {
        var field = FieldOffset(image);
        ulong sum = 0;
        var length = image.Length;
        for (var i = 0; i + 1 < length; i += 2)
        {
            if (i == field || i == field + 2) continue;
            sum += BinaryPrimitives.ReadUInt16LittleEndian(image[i..]);
            sum = (sum & 0xFFFF) + (sum >> 16);
        }
        if ((length & 1) != 0)
        {
            sum += image[length - 1];
            sum = (sum & 0xFFFF) + (sum >> 16);
        }
        sum = (sum & 0xFFFF) + (sum >> 16);
        return (uint)sum + (uint)length;
    }

    /// <summary>The checksum stored in the image's header (0 when none was stamped).</summary>
    public static uint Stored(ReadOnlySpan<byte> image)
    {
        var field = FieldOffset(image);
        return field < 0 ? 0 : BinaryPrimitives.ReadUInt32LittleEndian(image[field..]);
    }

    /// <summary>Writes the checksum into the image's header.</summary>
    public static void Stamp(Span<byte> image)
    {
        var field = FieldOffset(image);
        if (field < 0) throw new ArgumentException("not a PE image", nameof(image));
        BinaryPrimitives.WriteUInt32LittleEndian(image[field..], Compute(image));
    }
}
