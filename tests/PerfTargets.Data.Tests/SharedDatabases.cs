using PerfTargets.Testing;

namespace PerfTargets.Data.Tests;

/// <summary>The tests that share one PostgreSQL server.</summary>
[CollectionDefinition(Name)]
public sealed class SharedDatabases : ICollectionFixture<TestDatabases>
{
    public const string Name = "databases";
}
