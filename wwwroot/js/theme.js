// Remembers the light/dark choice in a cookie so the first, server-rendered paint already has the right theme.
window.celebgenTheme = {
    remember: function (dark) {
        document.cookie = "cg-theme=" + (dark ? "dark" : "light") + "; path=/; max-age=31536000; samesite=lax";
    }
};
