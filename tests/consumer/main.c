/* Links against an installed libstance and checks the runtime matches the header. */
#include <stance.h>

#include <stdio.h>
#include <string.h>

int main(void)
{
    if (stance_version() != STANCE_VERSION_NUMBER) {
        fprintf(stderr, "header %s, library %s\n", STANCE_VERSION_STRING, stance_version_string());
        return 1;
    }
    stance_trainer_t *t = NULL;
    stance_model_t *m = NULL;
    if (stance_trainer_new(&t, NULL, NULL) != STANCE_OK ||
        stance_trainer_add(t, "a", 1, "peace talks", 11, 0, NULL) != STANCE_OK ||
        stance_trainer_build(&m, t, NULL) != STANCE_OK)
        return 1;
    printf("libstance %s: %zu features\n", stance_version_string(), stance_model_feature_count(m));
    stance_model_free(m);
    stance_trainer_free(t);
    return 0;
}
