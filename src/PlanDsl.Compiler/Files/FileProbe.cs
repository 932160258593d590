using System.Runtime.InteropServices;
using Microsoft.Win32.SafeHandles;

namespace PlanDsl.Compiler.Files;

/// <summary>What kind of file system entry a path names, as <c>lstat</c> tells (links not followed).</summary>
internal enum FileKind { Missing, Regular, Directory, SymbolicLink, Fifo, CharacterDevice, BlockDevice, Socket, Other }

/// <summary>
/// The file system calls the rule of <see cref="PlanFileAccess"/> needs and .NET does not offer: the kind
/// of a file (a FIFO, a device and a regular file all look alike to <see cref="FileInfo"/>) and an open
/// that never blocks (opening a FIFO waits for a writer). On Unix the kind and size come from the .NET
/// runtime's own <c>lstat</c>/<c>fstat</c> shim (libSystem.Native, whose portable status record starts
/// with flags, mode, uid, gid and size on every Unix), the open from libc with <c>O_NONBLOCK</c>.
/// On Windows, which has neither FIFOs nor device files in folders, the attributes are enough.
/// </summary>
internal static class FileProbe
{
    public readonly record struct Status(FileKind Kind, long Size);

    public static Status LStat(string path) => OperatingSystem.IsWindows() ? WindowsStat(path) : UnixStat(Native.LStat(path, out var s) == 0, s);

    /// <summary>The status of an open file.</summary>
    public static Status FStat(SafeFileHandle handle) =>
        OperatingSystem.IsWindows() ? new Status(FileKind.Regular, RandomAccess.GetLength(handle)) : UnixStat(Native.FStat(handle, out var s) == 0, s);

    /// <summary>Opens a file for reading without waiting (a FIFO with no writer opens at once instead of hanging).</summary>
    public static SafeFileHandle OpenForReading(string path)
    {
        if (OperatingSystem.IsWindows() || NonBlockingFlags() is not { } flags)
            return File.OpenHandle(path, FileMode.Open, FileAccess.Read, FileShare.Read);
        var fd = Native.Open(path, flags);
        if (fd < 0) throw new IOException(Marshal.GetLastPInvokeErrorMessage());
        return new SafeFileHandle(fd, ownsHandle: true);
    }

    /// <summary><c>O_RDONLY | O_NONBLOCK | O_CLOEXEC</c> where the values are known; null elsewhere (then the kind checked before opening is what guards).</summary>
    private static int? NonBlockingFlags() =>
        OperatingSystem.IsLinux() ? 0x800 | 0x80000
        : OperatingSystem.IsMacOS() ? 0x4 | 0x1000000
        : null;

    private static Status UnixStat(bool ok, Native.FileStatus s)
    {
        if (!ok) return new Status(FileKind.Missing, 0);
        var kind = (s.Mode & 0xF000) switch
        {
            0x8000 => FileKind.Regular,
            0x4000 => FileKind.Directory,
            0xA000 => FileKind.SymbolicLink,
            0x1000 => FileKind.Fifo,
            0x2000 => FileKind.CharacterDevice,
            0x6000 => FileKind.BlockDevice,
            0xC000 => FileKind.Socket,
            _ => FileKind.Other,
        };
        return new Status(kind, s.Size);
    }

    private static Status WindowsStat(string path)
    {
        var info = new FileInfo(path);
        if (Directory.Exists(path)) return new Status(info.LinkTarget is null ? FileKind.Directory : FileKind.SymbolicLink, 0);
        if (!info.Exists) return new Status(FileKind.Missing, 0);
        if (info.LinkTarget is not null) return new Status(FileKind.SymbolicLink, 0);
        return new Status(info.Attributes.HasFlag(FileAttributes.Device) ? FileKind.CharacterDevice : FileKind.Regular, info.Length);
    }

    private static class Native
    {
        /// <summary>
        /// The head of the runtime's portable file status (pal_io.h): only the fields read here. The
        /// record is larger; <see cref="StructLayoutAttribute.Size"/> leaves room for all of it.
        /// </summary>
        [StructLayout(LayoutKind.Sequential, Size = 512)]
        public struct FileStatus
        {
            public int Flags;
            public int Mode;
            public uint Uid;
            public uint Gid;
            public long Size;
        }

        [DllImport("libSystem.Native", EntryPoint = "SystemNative_LStat", CharSet = CharSet.Ansi, SetLastError = true)]
        public static extern int LStat([MarshalAs(UnmanagedType.LPUTF8Str)] string path, out FileStatus status);

        [DllImport("libSystem.Native", EntryPoint = "SystemNative_FStat", SetLastError = true)]
        public static extern int FStat(SafeFileHandle fd, out FileStatus status);

        [DllImport("libc", EntryPoint = "open", SetLastError = true)]
        public static extern int Open([MarshalAs(UnmanagedType.LPUTF8Str)] string path, int flags);
    }
}
