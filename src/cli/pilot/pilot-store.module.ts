import { Module } from '@nestjs/common';
import { ConfigModule } from '../../common/config.module';
import { PersistenceModule } from '../../persistence/persistence.module';
import { PilotsModule } from '../../pilots/pilots.module';

/** The pilot commands open the database, and only they (as the tokens commands do). */
@Module({ imports: [ConfigModule, PersistenceModule.forRoot(), PilotsModule] })
export class PilotStoreModule {}
