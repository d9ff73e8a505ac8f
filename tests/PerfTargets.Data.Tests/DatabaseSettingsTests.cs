using PerfTargets.Data.Setup;

namespace PerfTargets.Data.Tests;

public class DatabaseSettingsTests
{
    [Fact]
    public void No_provider_means_the_embedded_sqlite_file_under_the_content_root()
    {
        var root = Path.Combine(Path.GetTempPath(), "perftargets-root-" + Guid.NewGuid().ToString("N"));
        try
        {
            var settings = DatabaseSettings.From(null, null, root);

            settings.Provider.ShouldBe(DatabaseProvider.Sqlite);
            settings.ConnectionString.ShouldContain(Path.Combine(root, "data", "perftargets.db"));
            Directory.Exists(Path.Combine(root, "data")).ShouldBeTrue();
        }
        finally
        {
            Directory.Delete(root, recursive: true);
        }
    }

    [Theory]
    [InlineData("PostgreSQL")]
    [InlineData("postgres")]
    [InlineData(" Npgsql ")]
    public void PostgreSQL_is_named_as_users_write_it(string name) =>
        DatabaseSettings.From(name, "Host=db;Database=perftargets", "/app").Provider.ShouldBe(DatabaseProvider.PostgreSql);

    [Fact]
    public void A_wrong_provider_names_the_setting_to_fix()
    {
        var error = Should.Throw<DatabaseConfigurationException>(() => DatabaseSettings.From("Oracle", null, "/app"));

        error.Message.ShouldContain("Database:Provider");
        error.Message.ShouldContain("Oracle");
    }

    [Fact]
    public void PostgreSQL_without_a_connection_string_names_the_environment_variable()
    {
        var error = Should.Throw<DatabaseConfigurationException>(() => DatabaseSettings.From("PostgreSQL", " ", "/app"));

        error.Message.ShouldContain("ConnectionStrings__PerfTargets");
    }

    [Fact]
    public void A_malformed_sqlite_connection_string_is_a_configuration_error() =>
        Should.Throw<DatabaseConfigurationException>(() => DatabaseSettings.From("Sqlite", "Nonsense Key=1", "/app"))
            .Message.ShouldContain("SQLite");
}
