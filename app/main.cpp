#include "Cli.h"

int main(int argc, char** argv)
{
    return clearpost::app::run(argc, argv);
}
