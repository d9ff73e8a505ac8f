using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using PerfTargets.Core.Printing;
using PerfTargets.Pdf.Composition;
using PerfTargets.Pdf.Layouts;

namespace PerfTargets.Web.Printing;

/// <summary>
/// 印件指纹: the SHA-256 of everything that decides a printed form's bytes — the layout, the print
/// options, every part of the <see cref="DeclarationPrint"/> (the frozen version by its checked
/// content hash, the department as it reads now, the 审核意见 with their seal images, the approval
/// mark with its address and 核验码) and the renderer's own stamp (this build of the PDF layer and
/// the font files). Two prints with one key render to the same PDF, so a changed layout, setting,
/// seal, opinion or font simply makes a new key; nothing has to be invalidated by hand.
/// </summary>
public static class PrintKey
{
    /// <summary>The properties of <see cref="DeclarationPrint"/> the key covers: a test fails when the record gains one the key does not know.</summary>
    public static IReadOnlyList<string> Covered { get; } =
    [
        nameof(DeclarationPrint.Declaration), nameof(DeclarationPrint.DepartmentName), nameof(DeclarationPrint.DepartmentCode),
        nameof(DeclarationPrint.SupervisingDepartment), nameof(DeclarationPrint.Framework), nameof(DeclarationPrint.OmitEmptyLevel2s),
        nameof(DeclarationPrint.UnitProfile), nameof(DeclarationPrint.VersionNumber), nameof(DeclarationPrint.VersionHash),
        nameof(DeclarationPrint.VersionSubmittedAt), nameof(DeclarationPrint.IsDraft), nameof(DeclarationPrint.DepartmentSeal),
        nameof(DeclarationPrint.Reviews), nameof(DeclarationPrint.Batch), nameof(DeclarationPrint.Verification), nameof(DeclarationPrint.Redaction),
        nameof(DeclarationPrint.AdjustedOn),
    ];

    /// <summary>
    /// The key of a frozen version's print in <paramref name="layout"/>, drawn by a renderer whose fonts are
    /// <paramref name="fontIdentity"/>; null for a draft, whose content has no hash to stand for it.
    /// </summary>
    public static string? Of(LayoutInfo layout, DeclarationPrint print, string fontIdentity)
    {
        ArgumentNullException.ThrowIfNull(layout);
        ArgumentNullException.ThrowIfNull(print);
        if (print.VersionHash is null || print.VersionNumber is null)
        {
            return null;
        }

        using var hash = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        void Add(string? text)
        {
            // Length-prefixed, so that no two sequences of parts run together into the same bytes.
            var bytes = text is null ? [] : Encoding.UTF8.GetBytes(text);
            hash.AppendData(BitConverter.GetBytes(text is null ? -1 : bytes.Length));
            hash.AppendData(bytes);
        }

        void AddImage(byte[]? png) => Add(png is null ? null : Convert.ToHexString(SHA256.HashData(png)));

        Add(RendererStamp);
        Add(fontIdentity);
        Add(layout.Key);
        Add(print.OmitEmptyLevel2s ? "omit-empty" : "every-level2");
        Add(print.Declaration.Id.ToString(CultureInfo.InvariantCulture));
        Add(print.Declaration.Status.ToString());
        Add(print.VersionNumber.Value.ToString(CultureInfo.InvariantCulture));
        Add(print.VersionHash);
        Add(print.VersionSubmittedAt?.ToString("O", CultureInfo.InvariantCulture));
        Add(print.DepartmentName);
        Add(print.DepartmentCode);
        Add(print.SupervisingDepartment);
        Add(print.UnitProfile is null ? null : JsonSerializer.Serialize(print.UnitProfile));
        Add(print.Framework is null ? null : JsonSerializer.Serialize(print.Framework));
        AddImage(print.DepartmentSeal);
        Add(print.Reviews.Count.ToString(CultureInfo.InvariantCulture));
        foreach (var box in print.Reviews)
        {
            Add(box.SectionName);
            Add(box.Opinion);
            Add(box.Reviewer);
            Add(box.Date?.ToString("O", CultureInfo.InvariantCulture));
            AddImage(box.Seal);
        }

        Add(print.Batch?.Heading);
        Add(print.Batch?.Section);
        Add(print.Verification?.VersionNumber.ToString(CultureInfo.InvariantCulture));
        Add(print.Verification?.ContentHash);
        Add(print.Verification?.Signature);
        Add(print.Verification?.VerificationUrl.AbsoluteUri);

        // The redacted form's withheld fields are inside the version whose hash stands for it: without this, it would share the full form's key.
        Add(print.Redaction is null ? null : string.Join(',', print.Redaction));
        Add(print.AdjustedOn?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
        return Convert.ToHexString(hash.GetHashAndReset());
    }

    /// <summary>This build of the PDF layer and its layouts: a new release draws anew.</summary>
    private static string RendererStamp { get; } = typeof(PdfRenderer).Assembly.ManifestModule.ModuleVersionId.ToString();
}
