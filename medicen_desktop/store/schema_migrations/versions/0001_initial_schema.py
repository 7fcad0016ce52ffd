"""initial schema

Revision ID: 0001
Revises: (none)
Create Date: 2026-11-28 12:39:31.454121
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op


revision = '0001'
down_revision = None
branch_labels = None
depends_on = None


def upgrade() -> None:

    op.create_table('app_info',
    sa.Column('key', sa.String(length=40), nullable=False),
    sa.Column('value', sa.Text(), nullable=False),
    sa.PrimaryKeyConstraint('key', name=op.f('pk_app_info'))
    )
    op.create_table('attachment_blobs',
    sa.Column('sha256', sa.String(length=64), nullable=False),
    sa.Column('size', sa.Integer(), nullable=False),
    sa.Column('content', sa.LargeBinary(), nullable=False),
    sa.PrimaryKeyConstraint('sha256', name=op.f('pk_attachment_blobs'))
    )
    op.create_table('audit_log',
    sa.Column('proposal_uuid', sa.String(length=36), nullable=True),
    sa.Column('at', sa.DateTime(), nullable=False),
    sa.Column('actor', sa.String(length=200), nullable=False),
    sa.Column('action', sa.String(length=40), nullable=False),
    sa.Column('detail', sa.JSON(), nullable=False),
    sa.Column('uuid', sa.String(length=36), nullable=False),
    sa.Column('revision', sa.Integer(), nullable=False),
    sa.PrimaryKeyConstraint('uuid', name=op.f('pk_audit_log'))
    )
    with op.batch_alter_table('audit_log', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_audit_log_proposal_uuid'), ['proposal_uuid'], unique=False)

    op.create_table('organisations',
    sa.Column('legal_name', sa.Text(), nullable=False),
    sa.Column('short_name', sa.String(length=40), nullable=False),
    sa.Column('kind', sa.String(length=24), nullable=False),
    sa.Column('siret', sa.String(length=20), nullable=False),
    sa.Column('pic', sa.String(length=20), nullable=False),
    sa.Column('country', sa.String(length=2), nullable=False),
    sa.Column('region', sa.Text(), nullable=False),
    sa.Column('city', sa.Text(), nullable=False),
    sa.Column('address', sa.Text(), nullable=False),
    sa.Column('headcount', sa.Integer(), nullable=True),
    sa.Column('turnover', sa.String(length=40), nullable=True),
    sa.Column('website', sa.Text(), nullable=False),
    sa.Column('description', sa.Text(), nullable=False),
    sa.Column('uuid', sa.String(length=36), nullable=False),
    sa.Column('revision', sa.Integer(), nullable=False),
    sa.PrimaryKeyConstraint('uuid', name=op.f('pk_organisations'))
    )
    op.create_table('proposals',
    sa.Column('acronym', sa.String(length=40), nullable=False),
    sa.Column('title', sa.Text(), nullable=False),
    sa.Column('template_key', sa.String(length=80), nullable=False),
    sa.Column('language', sa.String(length=8), nullable=False),
    sa.Column('start_date', sa.Date(), nullable=True),
    sa.Column('duration_months', sa.Integer(), nullable=False),
    sa.Column('summary', sa.Text(), nullable=False),
    sa.Column('keywords', sa.JSON(), nullable=False),
    sa.Column('domains', sa.JSON(), nullable=False),
    sa.Column('clinical_aims', sa.JSON(), nullable=False),
    sa.Column('trl_start', sa.Integer(), nullable=True),
    sa.Column('trl_end', sa.Integer(), nullable=True),
    sa.Column('uuid', sa.String(length=36), nullable=False),
    sa.Column('revision', sa.Integer(), nullable=False),
    sa.PrimaryKeyConstraint('uuid', name=op.f('pk_proposals'))
    )
    with op.batch_alter_table('proposals', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_proposals_acronym'), ['acronym'], unique=False)

    op.create_table('participations',
    sa.Column('organisation_uuid', sa.String(length=36), nullable=False),
    sa.Column('role', sa.String(length=16), nullable=False),
    sa.Column('position', sa.Integer(), nullable=False),
    sa.Column('contact_name', sa.Text(), nullable=False),
    sa.Column('contact_email', sa.Text(), nullable=False),
    sa.Column('contact_phone', sa.Text(), nullable=False),
    sa.Column('role_description', sa.Text(), nullable=False),
    sa.Column('proposal_uuid', sa.String(length=36), nullable=False),
    sa.Column('uuid', sa.String(length=36), nullable=False),
    sa.Column('revision', sa.Integer(), nullable=False),
    sa.ForeignKeyConstraint(['organisation_uuid'], ['organisations.uuid'], name=op.f('fk_participations_organisation_uuid_organisations')),
    sa.ForeignKeyConstraint(['proposal_uuid'], ['proposals.uuid'], name=op.f('fk_participations_proposal_uuid_proposals'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('uuid', name=op.f('pk_participations'))
    )
    with op.batch_alter_table('participations', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_participations_organisation_uuid'), ['organisation_uuid'], unique=False)
        batch_op.create_index(batch_op.f('ix_participations_proposal_uuid'), ['proposal_uuid'], unique=False)

    op.create_table('attachments',
    sa.Column('kind', sa.String(length=16), nullable=False),
    sa.Column('participation_uuid', sa.String(length=36), nullable=True),
    sa.Column('filename', sa.String(length=255), nullable=False),
    sa.Column('media_type', sa.String(length=127), nullable=False),
    sa.Column('sha256', sa.String(length=64), nullable=False),
    sa.Column('size', sa.Integer(), nullable=False),
    sa.Column('description', sa.Text(), nullable=False),
    sa.Column('proposal_uuid', sa.String(length=36), nullable=False),
    sa.Column('uuid', sa.String(length=36), nullable=False),
    sa.Column('revision', sa.Integer(), nullable=False),
    sa.ForeignKeyConstraint(['participation_uuid'], ['participations.uuid'], name=op.f('fk_attachments_participation_uuid_participations'), ondelete='SET NULL'),
    sa.ForeignKeyConstraint(['proposal_uuid'], ['proposals.uuid'], name=op.f('fk_attachments_proposal_uuid_proposals'), ondelete='CASCADE'),
    sa.ForeignKeyConstraint(['sha256'], ['attachment_blobs.sha256'], name=op.f('fk_attachments_sha256_attachment_blobs')),
    sa.PrimaryKeyConstraint('uuid', name=op.f('pk_attachments'))
    )
    with op.batch_alter_table('attachments', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_attachments_proposal_uuid'), ['proposal_uuid'], unique=False)

    op.create_table('budget_lines',
    sa.Column('participation_uuid', sa.String(length=36), nullable=False),
    sa.Column('category', sa.String(length=40), nullable=False),
    sa.Column('period', sa.Integer(), nullable=False),
    sa.Column('amount', sa.String(length=40), nullable=False),
    sa.Column('person_months', sa.String(length=40), nullable=True),
    sa.Column('description', sa.Text(), nullable=False),
    sa.Column('proposal_uuid', sa.String(length=36), nullable=False),
    sa.Column('uuid', sa.String(length=36), nullable=False),
    sa.Column('revision', sa.Integer(), nullable=False),
    sa.ForeignKeyConstraint(['participation_uuid'], ['participations.uuid'], name=op.f('fk_budget_lines_participation_uuid_participations'), ondelete='CASCADE'),
    sa.ForeignKeyConstraint(['proposal_uuid'], ['proposals.uuid'], name=op.f('fk_budget_lines_proposal_uuid_proposals'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('uuid', name=op.f('pk_budget_lines'))
    )
    with op.batch_alter_table('budget_lines', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_budget_lines_proposal_uuid'), ['proposal_uuid'], unique=False)

    op.create_table('sections',
    sa.Column('key', sa.String(length=80), nullable=False),
    sa.Column('title', sa.Text(), nullable=False),
    sa.Column('body', sa.Text(), nullable=False),
    sa.Column('assigned_participation_uuid', sa.String(length=36), nullable=True),
    sa.Column('status', sa.String(length=16), nullable=False),
    sa.Column('proposal_uuid', sa.String(length=36), nullable=False),
    sa.Column('uuid', sa.String(length=36), nullable=False),
    sa.Column('revision', sa.Integer(), nullable=False),
    sa.ForeignKeyConstraint(['assigned_participation_uuid'], ['participations.uuid'], name=op.f('fk_sections_assigned_participation_uuid_participations'), ondelete='SET NULL'),
    sa.ForeignKeyConstraint(['proposal_uuid'], ['proposals.uuid'], name=op.f('fk_sections_proposal_uuid_proposals'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('uuid', name=op.f('pk_sections'))
    )
    with op.batch_alter_table('sections', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_sections_proposal_uuid'), ['proposal_uuid'], unique=False)

    op.create_table('team_members',
    sa.Column('participation_uuid', sa.String(length=36), nullable=False),
    sa.Column('position', sa.Integer(), nullable=False),
    sa.Column('name', sa.Text(), nullable=False),
    sa.Column('job_title', sa.Text(), nullable=False),
    sa.Column('cv', sa.Text(), nullable=False),
    sa.Column('person_months', sa.String(length=40), nullable=False),
    sa.Column('proposal_uuid', sa.String(length=36), nullable=False),
    sa.Column('uuid', sa.String(length=36), nullable=False),
    sa.Column('revision', sa.Integer(), nullable=False),
    sa.ForeignKeyConstraint(['participation_uuid'], ['participations.uuid'], name=op.f('fk_team_members_participation_uuid_participations'), ondelete='CASCADE'),
    sa.ForeignKeyConstraint(['proposal_uuid'], ['proposals.uuid'], name=op.f('fk_team_members_proposal_uuid_proposals'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('uuid', name=op.f('pk_team_members'))
    )
    with op.batch_alter_table('team_members', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_team_members_proposal_uuid'), ['proposal_uuid'], unique=False)

    op.create_table('work_packages',
    sa.Column('number', sa.Integer(), nullable=False),
    sa.Column('title', sa.Text(), nullable=False),
    sa.Column('leader_participation_uuid', sa.String(length=36), nullable=True),
    sa.Column('start_month', sa.Integer(), nullable=False),
    sa.Column('end_month', sa.Integer(), nullable=False),
    sa.Column('objectives', sa.Text(), nullable=False),
    sa.Column('description', sa.Text(), nullable=False),
    sa.Column('proposal_uuid', sa.String(length=36), nullable=False),
    sa.Column('uuid', sa.String(length=36), nullable=False),
    sa.Column('revision', sa.Integer(), nullable=False),
    sa.ForeignKeyConstraint(['leader_participation_uuid'], ['participations.uuid'], name=op.f('fk_work_packages_leader_participation_uuid_participations'), ondelete='SET NULL'),
    sa.ForeignKeyConstraint(['proposal_uuid'], ['proposals.uuid'], name=op.f('fk_work_packages_proposal_uuid_proposals'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('uuid', name=op.f('pk_work_packages'))
    )
    with op.batch_alter_table('work_packages', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_work_packages_proposal_uuid'), ['proposal_uuid'], unique=False)

    op.create_table('deliverables',
    sa.Column('work_package_uuid', sa.String(length=36), nullable=False),
    sa.Column('number', sa.String(length=20), nullable=False),
    sa.Column('title', sa.Text(), nullable=False),
    sa.Column('leader_participation_uuid', sa.String(length=36), nullable=True),
    sa.Column('type', sa.String(length=16), nullable=False),
    sa.Column('dissemination', sa.String(length=8), nullable=False),
    sa.Column('due_month', sa.Integer(), nullable=False),
    sa.Column('description', sa.Text(), nullable=False),
    sa.Column('proposal_uuid', sa.String(length=36), nullable=False),
    sa.Column('uuid', sa.String(length=36), nullable=False),
    sa.Column('revision', sa.Integer(), nullable=False),
    sa.ForeignKeyConstraint(['leader_participation_uuid'], ['participations.uuid'], name=op.f('fk_deliverables_leader_participation_uuid_participations'), ondelete='SET NULL'),
    sa.ForeignKeyConstraint(['proposal_uuid'], ['proposals.uuid'], name=op.f('fk_deliverables_proposal_uuid_proposals'), ondelete='CASCADE'),
    sa.ForeignKeyConstraint(['work_package_uuid'], ['work_packages.uuid'], name=op.f('fk_deliverables_work_package_uuid_work_packages'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('uuid', name=op.f('pk_deliverables'))
    )
    with op.batch_alter_table('deliverables', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_deliverables_proposal_uuid'), ['proposal_uuid'], unique=False)

    op.create_table('efforts',
    sa.Column('participation_uuid', sa.String(length=36), nullable=False),
    sa.Column('work_package_uuid', sa.String(length=36), nullable=False),
    sa.Column('person_months', sa.String(length=40), nullable=False),
    sa.Column('proposal_uuid', sa.String(length=36), nullable=False),
    sa.Column('uuid', sa.String(length=36), nullable=False),
    sa.Column('revision', sa.Integer(), nullable=False),
    sa.ForeignKeyConstraint(['participation_uuid'], ['participations.uuid'], name=op.f('fk_efforts_participation_uuid_participations'), ondelete='CASCADE'),
    sa.ForeignKeyConstraint(['proposal_uuid'], ['proposals.uuid'], name=op.f('fk_efforts_proposal_uuid_proposals'), ondelete='CASCADE'),
    sa.ForeignKeyConstraint(['work_package_uuid'], ['work_packages.uuid'], name=op.f('fk_efforts_work_package_uuid_work_packages'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('uuid', name=op.f('pk_efforts'))
    )
    with op.batch_alter_table('efforts', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_efforts_proposal_uuid'), ['proposal_uuid'], unique=False)

    op.create_table('milestones',
    sa.Column('number', sa.String(length=20), nullable=False),
    sa.Column('title', sa.Text(), nullable=False),
    sa.Column('work_package_uuid', sa.String(length=36), nullable=True),
    sa.Column('due_month', sa.Integer(), nullable=False),
    sa.Column('verification', sa.Text(), nullable=False),
    sa.Column('proposal_uuid', sa.String(length=36), nullable=False),
    sa.Column('uuid', sa.String(length=36), nullable=False),
    sa.Column('revision', sa.Integer(), nullable=False),
    sa.ForeignKeyConstraint(['proposal_uuid'], ['proposals.uuid'], name=op.f('fk_milestones_proposal_uuid_proposals'), ondelete='CASCADE'),
    sa.ForeignKeyConstraint(['work_package_uuid'], ['work_packages.uuid'], name=op.f('fk_milestones_work_package_uuid_work_packages'), ondelete='SET NULL'),
    sa.PrimaryKeyConstraint('uuid', name=op.f('pk_milestones'))
    )
    with op.batch_alter_table('milestones', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_milestones_proposal_uuid'), ['proposal_uuid'], unique=False)

    op.create_table('risks',
    sa.Column('position', sa.Integer(), nullable=False),
    sa.Column('description', sa.Text(), nullable=False),
    sa.Column('work_package_uuid', sa.String(length=36), nullable=True),
    sa.Column('likelihood', sa.String(length=16), nullable=False),
    sa.Column('severity', sa.String(length=16), nullable=False),
    sa.Column('mitigation', sa.Text(), nullable=False),
    sa.Column('proposal_uuid', sa.String(length=36), nullable=False),
    sa.Column('uuid', sa.String(length=36), nullable=False),
    sa.Column('revision', sa.Integer(), nullable=False),
    sa.ForeignKeyConstraint(['proposal_uuid'], ['proposals.uuid'], name=op.f('fk_risks_proposal_uuid_proposals'), ondelete='CASCADE'),
    sa.ForeignKeyConstraint(['work_package_uuid'], ['work_packages.uuid'], name=op.f('fk_risks_work_package_uuid_work_packages'), ondelete='SET NULL'),
    sa.PrimaryKeyConstraint('uuid', name=op.f('pk_risks'))
    )
    with op.batch_alter_table('risks', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_risks_proposal_uuid'), ['proposal_uuid'], unique=False)

    op.create_table('tasks',
    sa.Column('work_package_uuid', sa.String(length=36), nullable=False),
    sa.Column('number', sa.Integer(), nullable=False),
    sa.Column('title', sa.Text(), nullable=False),
    sa.Column('leader_participation_uuid', sa.String(length=36), nullable=True),
    sa.Column('start_month', sa.Integer(), nullable=False),
    sa.Column('end_month', sa.Integer(), nullable=False),
    sa.Column('description', sa.Text(), nullable=False),
    sa.Column('proposal_uuid', sa.String(length=36), nullable=False),
    sa.Column('uuid', sa.String(length=36), nullable=False),
    sa.Column('revision', sa.Integer(), nullable=False),
    sa.ForeignKeyConstraint(['leader_participation_uuid'], ['participations.uuid'], name=op.f('fk_tasks_leader_participation_uuid_participations'), ondelete='SET NULL'),
    sa.ForeignKeyConstraint(['proposal_uuid'], ['proposals.uuid'], name=op.f('fk_tasks_proposal_uuid_proposals'), ondelete='CASCADE'),
    sa.ForeignKeyConstraint(['work_package_uuid'], ['work_packages.uuid'], name=op.f('fk_tasks_work_package_uuid_work_packages'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('uuid', name=op.f('pk_tasks'))
    )
    with op.batch_alter_table('tasks', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_tasks_proposal_uuid'), ['proposal_uuid'], unique=False)




def downgrade() -> None:

    with op.batch_alter_table('tasks', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_tasks_proposal_uuid'))

    op.drop_table('tasks')
    with op.batch_alter_table('risks', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_risks_proposal_uuid'))

    op.drop_table('risks')
    with op.batch_alter_table('milestones', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_milestones_proposal_uuid'))

    op.drop_table('milestones')
    with op.batch_alter_table('efforts', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_efforts_proposal_uuid'))

    op.drop_table('efforts')
    with op.batch_alter_table('deliverables', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_deliverables_proposal_uuid'))

    op.drop_table('deliverables')
    with op.batch_alter_table('work_packages', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_work_packages_proposal_uuid'))

    op.drop_table('work_packages')
    with op.batch_alter_table('team_members', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_team_members_proposal_uuid'))

    op.drop_table('team_members')
    with op.batch_alter_table('sections', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_sections_proposal_uuid'))

    op.drop_table('sections')
    with op.batch_alter_table('budget_lines', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_budget_lines_proposal_uuid'))

    op.drop_table('budget_lines')
    with op.batch_alter_table('attachments', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_attachments_proposal_uuid'))

    op.drop_table('attachments')
    with op.batch_alter_table('participations', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_participations_proposal_uuid'))
        batch_op.drop_index(batch_op.f('ix_participations_organisation_uuid'))

    op.drop_table('participations')
    with op.batch_alter_table('proposals', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_proposals_acronym'))

    op.drop_table('proposals')
    op.drop_table('organisations')
    with op.batch_alter_table('audit_log', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_audit_log_proposal_uuid'))

    op.drop_table('audit_log')
    op.drop_table('attachment_blobs')
    op.drop_table('app_info')

