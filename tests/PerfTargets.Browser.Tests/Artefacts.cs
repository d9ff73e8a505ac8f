using System.Diagnostics;
using UglyToad.PdfPig;

namespace PerfTargets.Browser.Tests;

/// <summary>
/// Files the browser tests leave for people to look at (screenshots, PDFs and their first pages),
/// in one stable folder next to the test assembly, so that a run's pictures are found without its log.
/// </summary>
internal static class Artefacts
{
    public static string Folder { get; } = Path.Combine(AppContext.BaseDirectory, "artefacts");

    /// <summary>The full path of an artefact of that name; the folder is made on first use.</summary>
    public static string PathOf(string name)
    {
        Directory.CreateDirectory(Folder);
        return Path.Combine(Folder, name);
    }

    /// <summary>Page 1 of a PDF as PNG at 80 dpi, through poppler's pdftoppm, written beside it.</summary>
    public static async Task<string> RenderFirstPageAsync(string pdfPath)
    {
        var prefix = Path.ChangeExtension(pdfPath, null) + "-page1";
        var start = new ProcessStartInfo("pdftoppm") { RedirectStandardError = true };
        foreach (var argument in new[] { "-r", "80", "-f", "1", "-l", "1", "-png", "-singlefile", pdfPath, prefix })
        {
            start.ArgumentList.Add(argument);
        }

        using var process = Process.Start(start) ?? throw new InvalidOperationException("pdftoppm (poppler-utils) could not be started.");
        var error = await process.StandardError.ReadToEndAsync();
        await process.WaitForExitAsync();
        if (process.ExitCode != 0)
        {
            throw new InvalidOperationException($"pdftoppm exited with {process.ExitCode}: {error}");
        }

        return prefix + ".png";
    }
}

/// <summary>What a PDF prints, read back as a reader would: its letters in drawing order, without white space.</summary>
internal static class PdfText
{
    public static string Of(byte[] pdf)
    {
        using var document = PdfDocument.Open(pdf);
        return string.Concat(document.GetPages().SelectMany(page => page.Letters).Select(letter => letter.Value).Where(text => !string.IsNullOrWhiteSpace(text)));
    }

    public static int PageCount(byte[] pdf)
    {
        using var document = PdfDocument.Open(pdf);
        return document.NumberOfPages;
    }
}
