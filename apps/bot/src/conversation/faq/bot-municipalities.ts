import { Injectable } from '@nestjs/common';
import { Actor, AppConfig, InjectConfig } from '@pleje/core';
import { Municipality } from '@pleje/core/tenancy/municipality.entity';
import { DataSource } from 'typeorm';

export interface BotMunicipality {
  id: string;
  phone: string | null;
}

/**
 * Which municipality's knowledge base answers a Teams user. The rule: a linked user asks in their own
 * municipality; an unlinked user in the municipality of BOT_DEFAULT_MUNICIPALITY_CODE (a SingleTenant bot
 * registration belongs to one municipality's tenant); without that setting an unlinked user is asked to link.
 */
@Injectable()
export class BotMunicipalities {
  private defaultMunicipality: Promise<BotMunicipality | null> | null = null;

  constructor(
    private readonly dataSource: DataSource,
    @InjectConfig() private readonly config: AppConfig,
  ) {}

  async forActor(actor: Actor | null): Promise<BotMunicipality | null> {
    if (actor) return this.byId(actor.municipalityId);
    return this.fallback();
  }

  async byId(id: string): Promise<BotMunicipality | null> {
    return this.dataSource
      .getRepository(Municipality)
      .findOne({ where: { id }, select: { id: true, phone: true } });
  }

  private fallback(): Promise<BotMunicipality | null> {
    const code = this.config.bot.defaultMunicipalityCode;
    if (!code) return Promise.resolve(null);
    // Looked up once per process: municipalities are not renumbered at runtime. A miss is not cached.
    this.defaultMunicipality ??= this.dataSource
      .getRepository(Municipality)
      .findOne({ where: { code }, select: { id: true, phone: true } })
      .then((m) => {
        if (!m) this.defaultMunicipality = null;
        return m;
      });
    return this.defaultMunicipality;
  }
}
