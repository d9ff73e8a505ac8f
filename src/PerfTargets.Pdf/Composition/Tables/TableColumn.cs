namespace PerfTargets.Pdf.Composition.Tables;

/// <summary>A column of a <see cref="Table"/>: a fixed width in points, or a share by weight of what the fixed ones leave.</summary>
internal sealed record TableColumn(float ConstantWidth, float RelativeWidth);
