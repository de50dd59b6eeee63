/* The built-in model: models/stance-en.stnc, compiled into the library so programs and the
 * stance tool classify with no file at hand. Normally as its image (model_image.h), ready
 * without parsing; in a cross-compiled build as the file's bytes, parsed at each call; in a
 * build without it (STANCE_EMBED_MODEL=OFF, or a source tree without the file), absent:
 * STANCE_E_NOT_FOUND. lib/CMakeLists.txt sets STANCE_DEFAULT_MODEL_KIND to 2, 1 or 0. */
#include "model_image.h"

#if STANCE_DEFAULT_MODEL_KIND == 2
extern const stance_model_image_t stance__builtin_image;
#elif STANCE_DEFAULT_MODEL_KIND == 1
extern const unsigned char stance__default_model_data[];
extern const size_t stance__default_model_size;
#endif

stance_status_t stance_model_default(stance_model_t **out, const stance_allocator_t *alloc,
                                     stance_error_t *err)
{
    if (out)
        *out = NULL;
    if (!out)
        return stance__fail(err, STANCE_E_INVALID_ARG, STANCE_NO_OFFSET, "out is NULL");
#if STANCE_DEFAULT_MODEL_KIND == 2
    return stance__model_from_image(out, &stance__builtin_image, alloc, err);
#elif STANCE_DEFAULT_MODEL_KIND == 1
    stance_load_opts_t opts = STANCE_LOAD_OPTS_INIT;
    opts.alloc = alloc;
    return stance_model_load_mem(out, stance__default_model_data, stance__default_model_size,
                                 &opts, err);
#else
    (void)alloc;
    return stance__fail(err, STANCE_E_NOT_FOUND, STANCE_NO_OFFSET,
                        "this libstance was built without its built-in model: pass a model "
                        "file");
#endif
}
