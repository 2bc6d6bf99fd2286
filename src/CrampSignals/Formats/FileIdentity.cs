using System.Runtime.InteropServices;

namespace CrampSignals.Formats;

/// <summary>
/// Which file a path reaches, whatever name or link it goes by: the device and inode on Linux, else the full path with its
/// final link resolved. Two paths with one identity are one file, read once.
/// </summary>
internal readonly record struct FileIdentity(ulong Device, ulong Inode, string? Path)
{
    /// <summary>The identity of <paramref name="path"/>, or null when it cannot be looked up (gone, no right, too long).</summary>
    public static FileIdentity? Of(string path)
    {
        if (OperatingSystem.IsLinux() && Native.TryStat(path, out var device, out var inode)) return new(device, inode, null);
        try
        {
            var full = System.IO.Path.GetFullPath(path);
            FileSystemInfo info = Directory.Exists(full) ? new DirectoryInfo(full) : new FileInfo(full);
            if (!info.Exists) return null;
            var target = info.LinkTarget is null ? info : info.ResolveLinkTarget(returnFinalTarget: true) ?? info;
            return new(0, 0, System.IO.Path.TrimEndingDirectorySeparator(target.FullName));
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or ArgumentException or NotSupportedException)
        {
            return null;
        }
    }

    private static class Native
    {
        // struct stat begins with st_dev and st_ino, 8 bytes each, on every 64-bit Linux the runtime supports (x64, arm64);
        // the buffer is larger than any layout's whole struct.
        private const int StatSize = 256;

        // A plain DllImport: LibraryImport would need unsafe code in the library, for one blittable buffer.
        [DllImport("libc", EntryPoint = "stat")]
        private static extern int Stat([MarshalAs(UnmanagedType.LPUTF8Str)] string path, [Out] byte[] buffer);

        private static bool s_unavailable;

        public static bool TryStat(string path, out ulong device, out ulong inode)
        {
            device = inode = 0;
            if (s_unavailable || !Environment.Is64BitProcess) return false;
            var buffer = new byte[StatSize];
            try
            {
                if (Stat(path, buffer) != 0) return false;
            }
            catch (Exception e) when (e is EntryPointNotFoundException or DllNotFoundException)
            {
                // An older C library exports no plain stat: fall back to resolved paths for good.
                s_unavailable = true;
                return false;
            }
            device = BitConverter.ToUInt64(buffer, 0);
            inode = BitConverter.ToUInt64(buffer, 8);
            return true;
        }
    }
}
