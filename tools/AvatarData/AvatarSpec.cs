namespace CelebGen.AvatarData;

public enum FaceShape { Round, Oval, Square }
public enum SkinTone { Light, Tan, Brown, Dark }
public enum HairStyle { Short, Long, Curly, Spiky }
public enum EyeColour { Brown, Blue, Green }
public enum Glasses { None, Round, Square, Sunglasses }
public enum Hat { None, Cap, Beanie }
public enum Expression { Smiling, Serious, Surprised }

/// <summary>Everything that varies between two avatars; the renderer and the caption both read only this.</summary>
public sealed record AvatarSpec(
    FaceShape Face,
    SkinTone Skin,
    HairStyle HairStyle,
    NamedColour HairColour,
    EyeColour Eyes,
    Glasses Glasses,
    Hat Hat,
    NamedColour HatColour,
    Expression Expression,
    NamedColour Shirt,
    NamedColour Background,
    bool GradientBackground);
