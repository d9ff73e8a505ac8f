using System.Diagnostics;

namespace PerfTargets.Pdf.Tests.Layouts;

/// <summary>Writes a PDF and its pages as PNG (pdftoppm) into the test output, to look at against the seeds.</summary>
internal static class RenderedPages
{
    public static string Folder { get; } = Directory.CreateDirectory(Path.Combine(AppContext.BaseDirectory, "rendered")).FullName;

    public static string Save(string name, byte[] pdf)
    {
        var path = Path.Combine(Folder, name + ".pdf");
        File.WriteAllBytes(path, pdf);
        if (File.Exists("/usr/bin/pdftoppm"))
        {
            using var process = Process.Start(new ProcessStartInfo("/usr/bin/pdftoppm", ["-png", "-r", "80", path, Path.Combine(Folder, name)]) { RedirectStandardError = true })!;
            process.WaitForExit();
        }

        return path;
    }
}
