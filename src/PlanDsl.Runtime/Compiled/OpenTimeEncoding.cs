using NodaTime;

namespace PlanDsl.Runtime.Compiled;

/// <summary>
/// The text form of an <see cref="OpenTimeTable"/> that generated code carries as a string constant:
/// base64 of variable-length integers, intervals as run-length-encoded (open length, gap) pairs and dates
/// as run-length-encoded (first opening after UTC midnight, open span) pairs, so that a weekly pattern
/// over 25 years takes a few kilobytes.
/// </summary>
public static class OpenTimeEncoding
{
    private const byte Format = 1;

    public static string Encode(OpenTimeTable table)
    {
        var w = new Writer();
        w.Byte(Format);
        w.Signed(table.From);
        w.Unsigned((ulong)(table.Until - table.From));
        var n = table.Starts.Length;
        w.Unsigned((ulong)n);
        if (n > 0)
        {
            w.Unsigned((ulong)(table.Starts[0] - table.From));
            var pairs = new (long, long)[n];
            for (var i = 0; i < n; i++)
                pairs[i] = (table.Ends[i] - table.Starts[i], i + 1 < n ? table.Starts[i + 1] - table.Ends[i] : 0);
            WriteRuns(w, pairs, (writer, p) => { writer.Unsigned((ulong)p.Item1); writer.Unsigned((ulong)p.Item2); });
        }
        w.Signed(table.FirstDay.Year);
        w.Unsigned((ulong)table.FirstDay.Month);
        w.Unsigned((ulong)table.FirstDay.Day);
        var days = table.DayFirst.Length;
        w.Unsigned((ulong)days);
        var dayPairs = new (long, long)[days];
        for (var i = 0; i < days; i++)
        {
            var midnight = UtcMidnight(table.FirstDay, i);
            dayPairs[i] = table.DayFirst[i] == OpenTimeTable.Closed ? (long.MinValue, 0) : (table.DayFirst[i] - midnight, table.DayLast[i] - table.DayFirst[i]);
        }
        WriteRuns(w, dayPairs, (writer, p) =>
        {
            if (p.Item1 == long.MinValue) writer.Byte(0);
            else
            {
                writer.Byte(1);
                writer.Signed(p.Item1);
                writer.Unsigned((ulong)p.Item2);
            }
        });
        return Convert.ToBase64String(w.ToArray());
    }

    public static OpenTimeTable Decode(string text)
    {
        var r = new Reader(Convert.FromBase64String(text));
        if (r.Byte() != Format) throw new FormatException("unknown open-time table format");
        var from = r.Signed();
        var until = from + (long)r.Unsigned();
        var n = (int)r.Unsigned();
        var starts = new long[n];
        var ends = new long[n];
        if (n > 0)
        {
            var at = from + (long)r.Unsigned();
            var i = 0;
            ReadRuns(r, n, reader => ((long)reader.Unsigned(), (long)reader.Unsigned()), (open, gap) =>
            {
                starts[i] = at;
                ends[i] = at + open;
                at = ends[i] + gap;
                i++;
            });
        }
        var firstDay = new LocalDate((int)r.Signed(), (int)r.Unsigned(), (int)r.Unsigned());
        var days = (int)r.Unsigned();
        var dayFirst = new long[days];
        var dayLast = new long[days];
        var d = 0;
        ReadRuns(r, days, reader => reader.Byte() == 0 ? (long.MinValue, 0L) : (reader.Signed(), (long)reader.Unsigned()), (offset, span) =>
        {
            if (offset == long.MinValue) dayFirst[d] = dayLast[d] = OpenTimeTable.Closed;
            else
            {
                dayFirst[d] = UtcMidnight(firstDay, d) + offset;
                dayLast[d] = dayFirst[d] + span;
            }
            d++;
        });
        return new OpenTimeTable(from, until, starts, ends, firstDay, dayFirst, dayLast);
    }

    private static long UtcMidnight(LocalDate firstDay, int dayIndex) =>
        firstDay.PlusDays(dayIndex).AtMidnight().InUtc().ToInstant().ToUnixTimeSeconds();

    private static void WriteRuns(Writer w, (long, long)[] items, Action<Writer, (long, long)> write)
    {
        var runs = new List<(int Repeat, (long, long) Item)>();
        foreach (var item in items)
        {
            if (runs.Count > 0 && runs[^1].Item == item) runs[^1] = (runs[^1].Repeat + 1, item);
            else runs.Add((1, item));
        }
        w.Unsigned((ulong)runs.Count);
        foreach (var (repeat, item) in runs)
        {
            w.Unsigned((ulong)repeat);
            write(w, item);
        }
    }

    private static void ReadRuns(Reader r, int expected, Func<Reader, (long, long)> read, Action<long, long> each)
    {
        var runs = (int)r.Unsigned();
        var total = 0;
        for (var k = 0; k < runs; k++)
        {
            var repeat = (int)r.Unsigned();
            var (a, b) = read(r);
            total += repeat;
            if (repeat <= 0 || total > expected) throw new FormatException("open-time table runs do not add up");
            for (var j = 0; j < repeat; j++) each(a, b);
        }
        if (total != expected) throw new FormatException("open-time table runs do not add up");
    }

    private sealed class Writer
    {
        private readonly MemoryStream _bytes = new();

        public void Byte(byte b) => _bytes.WriteByte(b);

        public void Unsigned(ulong v)
        {
            while (v >= 0x80)
            {
                _bytes.WriteByte((byte)(v | 0x80));
                v >>= 7;
            }
            _bytes.WriteByte((byte)v);
        }

        public void Signed(long v) => Unsigned((ulong)((v << 1) ^ (v >> 63)));

        public byte[] ToArray() => _bytes.ToArray();
    }

    private sealed class Reader
    {
        private readonly byte[] _bytes;
        private int _at;

        public Reader(byte[] bytes) => _bytes = bytes;

        public byte Byte() => _at < _bytes.Length ? _bytes[_at++] : throw new FormatException("open-time table ends early");

        public ulong Unsigned()
        {
            ulong v = 0;
            for (var shift = 0; shift < 64; shift += 7)
            {
                var b = Byte();
                v |= (ulong)(b & 0x7F) << shift;
                if (b < 0x80) return v;
            }
            throw new FormatException("open-time table has a bad number");
        }

        public long Signed()
        {
            var u = Unsigned();
            return (long)(u >> 1) ^ -(long)(u & 1);
        }
    }
}
