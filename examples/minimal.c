/* The smallest useful program: train a two-statement model in memory, classify a sentence.
 * Build: cc minimal.c $(pkg-config --cflags --libs libstance) */
#include <stance.h>

#include <stdio.h>
#include <string.h>

int main(int argc, char **argv)
{
    const char *sentence = argc > 1 ? argv[1] : "We hope to resume the talks soon.";
    stance_error_t err;
    stance_trainer_t *trainer = NULL;
    stance_model_t *model = NULL;
    stance_ctx_t *ctx = NULL;
    int status = 1;

    if (stance_trainer_new(&trainer, NULL, &err) != STANCE_OK)
        goto fail;
    static const char *const examples[][2] = {
        {"conciliatory", "We welcome the talks and hope to resume them soon."},
        {"hostile", "We condemn this provocation and will respond firmly."},
    };
    for (size_t i = 0; i < 2; i++)
        if (stance_trainer_add(trainer, examples[i][0], strlen(examples[i][0]), examples[i][1],
                               strlen(examples[i][1]), 0, &err) != STANCE_OK)
            goto fail;
    if (stance_trainer_build(&model, trainer, &err) != STANCE_OK ||
        stance_ctx_new(&ctx, model, NULL, &err) != STANCE_OK)
        goto fail;

    stance_result_t res;
    if (stance_classify(ctx, sentence, strlen(sentence), 0, &res, &err) != STANCE_OK)
        goto fail;
    printf("%s\t%.3f\t%s\n", stance_model_label(model, res.label), res.confidence, sentence);
    status = 0;
    goto done;
fail:
    fprintf(stderr, "stance_minimal: %s\n", err.msg);
done:
    stance_ctx_free(ctx);
    stance_model_free(model);
    stance_trainer_free(trainer);
    return status;
}
