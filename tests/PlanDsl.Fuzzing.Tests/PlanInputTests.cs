using System.Text;
using PlanDsl.Fuzzing;

namespace PlanDsl.Fuzzing.Tests;

/// <summary>How fuzzer bytes become plan files: one file, or several split on <c>//@file</c> lines.</summary>
public sealed class PlanInputTests
{
    private static byte[] Bytes(string text) => Encoding.UTF8.GetBytes(text);

    [Fact]
    public void Bytes_without_a_marker_are_one_file_kept_exactly()
    {
        var files = PlanInput.Files(Bytes("\ncatalog x { }\r\n\n"));

        var file = Assert.Single(files);
        Assert.Equal("main.plan", file.Path);
        Assert.Equal("\ncatalog x { }\r\n\n", file.Text);
    }

    [Fact]
    public void Markers_split_the_input_into_files_under_their_paths()
    {
        var files = PlanInput.Files(Bytes("import \"shared/h.plan\"\ncatalog x { }\n//@file shared/h.plan\n\nholidays h { }"));

        Assert.Equal(new[] { "main.plan", "shared/h.plan" }, files.Select(f => f.Path));
        Assert.Equal("import \"shared/h.plan\"\ncatalog x { }", files[0].Text);
        Assert.Equal("\nholidays h { }", files[1].Text);
    }

    [Fact]
    public void A_marker_first_gives_no_empty_main_file_and_a_repeated_path_is_kept_once()
    {
        var files = PlanInput.Files(Bytes("//@file a.plan\ncatalog a { }\n//@file a.plan\ncatalog b { }"));

        var file = Assert.Single(files);
        Assert.Equal("a.plan", file.Path);
        Assert.Equal("catalog a { }", file.Text);
    }

    [Fact]
    public void An_empty_text_before_the_first_marker_does_not_take_the_name_main_plan()
    {
        var files = PlanInput.Files(Bytes("//@file main.plan\ncatalog a { }"));

        var file = Assert.Single(files);
        Assert.Equal("main.plan", file.Path);
        Assert.Equal("catalog a { }", file.Text);
    }

    [Theory]
    [InlineData("//@file ../../etc/passwd", "etc/passwd.plan")]
    [InlineData("//@file ./a/../b", "a/b.plan")]
    [InlineData("//@file ..", "file.plan")]
    [InlineData("//@file /abs/x", "abs/x.plan")]
    [InlineData("//@file a b\\c:d", "abcd.plan")]
    [InlineData("//@file ", "file.plan")]
    [InlineData("//@file dir/plandsl.lint.json", "dir/plandsl.lint.json")]
    public void A_marker_path_keeps_only_safe_characters_never_leaves_its_folder_and_ends_in_plan(string marker, string path)
    {
        var files = PlanInput.Files(Bytes("catalog x { }\n" + marker + "\nx"));

        Assert.Equal(path, files[^1].Path);
    }

    [Fact]
    public void Invalid_utf8_becomes_replacement_characters()
    {
        var file = Assert.Single(PlanInput.Files(new byte[] { (byte)'a', 0xC3, (byte)'b' }));

        Assert.Equal("a\uFFFDb", file.Text);
    }
}
