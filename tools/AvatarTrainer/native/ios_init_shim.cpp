// libLibTorchSharp.so (TorchSharp 0.107) is built with GCC 13 and calls std::ios_base_library_init()
// (GLIBCXX_3.4.32), which Debian 12's libstdc++ (GCC 12) lacks. In GCC 12 the standard streams are
// initialised by std::ios_base::Init objects, so constructing one here gives the same guarantee.
#include <ios>
namespace std { void ios_base_library_init() { static ios_base::Init init; } }
