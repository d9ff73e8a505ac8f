using PerfTargets.Core.Declarations;
using PerfTargets.Core.Taxonomy;

namespace PerfTargets.Data.DemoData;

/// <summary>A scale-demo declaration and the framework it is filed under.</summary>
public sealed record ScaleDeclaration(Declaration Declaration, IndicatorFramework Framework);
