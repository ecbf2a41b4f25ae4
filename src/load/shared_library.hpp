// A shared library opened when a feature first needs it (dlopen), so that a run that never uses
// the feature never pays the dynamic loader for it and its dependencies: libpq and its 24
// libraries cost about half of the start-up of a small check.
#pragma once

#include <string>

namespace reclint {

// Never closed: a library stays loaded until the process ends. Unloading it at exit would gain
// nothing and would orphan what its global state holds (libgit2's, after git_libgit2_init), which
// LeakSanitizer then reports as leaked.
class SharedLibrary {
  public:
    // Opens `soname` (e.g. "libpq.so.5") as the dynamic loader finds it; `error` says why not.
    explicit SharedLibrary(const char* soname);
    SharedLibrary(const SharedLibrary&) = delete;
    SharedLibrary& operator=(const SharedLibrary&) = delete;

    bool loaded() const { return handle_ != nullptr; }
    // Empty while the library and every symbol asked for were found.
    const std::string& error() const { return error_; }

    // The function `name` of the library, as the type of its declaration; null (and `error` set)
    // when the library or the symbol is missing.
    template <typename Function>
    Function* function(const char* name) {
        return reinterpret_cast<Function*>(symbol(name));  // dlsym's documented use
    }

  private:
    void* symbol(const char* name);

    void* handle_ = nullptr;
    std::string error_;
};

}  // namespace reclint
