using MudBlazor;

namespace CelebGen.Web.Components.Layout;

/// <summary>The one theme of the app; pages use palette colours, never hard-coded ones, so dark mode just works.</summary>
public static class CelebGenTheme
{
    public static readonly MudTheme Value = new()
    {
        PaletteLight = new PaletteLight
        {
            Primary = "#6A3DE8",
            Secondary = "#E83D84",
            AppbarBackground = "#6A3DE8",
            Background = "#F7F6FB",
        },
        PaletteDark = new PaletteDark
        {
            Primary = "#A78BFA",
            Secondary = "#F472B6",
            AppbarBackground = "#1E1B2E",
        },
        Typography = new Typography
        {
            Default = new DefaultTypography { FontFamily = ["Roboto", "Helvetica", "Arial", "sans-serif"] },
        },
    };
}
